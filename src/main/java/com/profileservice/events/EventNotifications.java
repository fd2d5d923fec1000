package com.profileservice.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells long-polling readers and the relay that an event has committed, through PostgreSQL's
 * LISTEN/NOTIFY: the outbox's insert trigger notifies channel {@code outbox_event}, which the
 * server delivers at commit (never for a rolled-back insert). One listening connection per replica,
 * outside the pool, reconnected when it drops; while it is down, waiters simply run to the end of
 * their wait, so a lost notification delays an answer but never loses an event.
 */
@ApplicationScoped
public class EventNotifications {

  static final String CHANNEL = "outbox_event";

  private static final Logger LOG = Logger.getLogger(EventNotifications.class);

  private final Vertx vertx;
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;
  private final AtomicReference<CompletableFuture<Void>> next =
      new AtomicReference<>(new CompletableFuture<>());
  private volatile PgSubscriber subscriber;
  private volatile boolean stopped;
  private volatile long retryTimer = -1;

  public EventNotifications(
      Vertx vertx,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.vertx = vertx;
    this.url = url;
    this.username = username;
    this.password = password;
  }

  void start(@Observes StartupEvent started) {
    PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
    username.ifPresent(options::setUser);
    password.ifPresent(options::setPassword);
    subscriber = PgSubscriber.subscriber(vertx, options);
    // After a drop, try again every second for as long as the service runs.
    subscriber.reconnectPolicy(retries -> stopped ? -1L : 1000L);
    subscriber
        .channel(CHANNEL)
        // Subscribed anew (first time or after a reconnection): events may have committed
        // meanwhile, so everyone waiting looks again.
        .subscribeHandler(
            v -> {
              quiet();
              wake();
            })
        .handler(payload -> wake());
    connect();
  }

  /**
   * Ends listening before Vert.x stops, waiting for the close, and cancels a pending retry: a
   * connection or retry that outlived the event loops would be reported by netty as an error.
   */
  void stop(@Observes ShutdownEvent stopping) {
    stopped = true;
    long timer = retryTimer;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    if (subscriber != null) {
      try {
        subscriber.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        LOG.debugf("event notifications did not close in time: %s", e.getMessage());
      }
    }
  }

  /**
   * Completes (on the caller's context) at the first notification after this call. Take it before
   * reading the outbox, so that an event committing between the read and the wait is not missed.
   */
  public Uni<Void> nextCommit() {
    CompletableFuture<Void> awaited = next.get();
    Context context = Vertx.currentContext();
    return Uni.createFrom()
        .emitter(
            emitter ->
                awaited.whenComplete(
                    (ignored, failure) -> {
                      if (context == null) {
                        emitter.complete(null);
                      } else {
                        context.runOnContext(v -> emitter.complete(null));
                      }
                    }));
  }

  /** Whether someone waits for the next commit; tests wait for a long poll to be parked. */
  boolean awaited() {
    return next.get().getNumberOfDependents() > 0;
  }

  /**
   * The listening connection ends when the server ends it (a restart, a terminated session): that
   * is an outage the reconnection handles, not an error to print, so its failure is taken here.
   */
  private void quiet() {
    PgConnection connection = subscriber.actualConnection();
    if (connection != null) {
      connection.exceptionHandler(
          failure -> LOG.debugf("event notifications connection ended: %s", failure.getMessage()));
    }
  }

  private void wake() {
    next.getAndSet(new CompletableFuture<>()).complete(null);
  }

  private void connect() {
    if (stopped) {
      return;
    }
    subscriber
        .connect()
        .onSuccess(v -> quiet())
        .onFailure(
            failure -> {
              // The database is down or not yet up: long polls fall back to their full wait.
              LOG.debugf("event notifications not connected: %s", failure.getMessage());
              retryTimer = vertx.setTimer(1000, id -> connect());
            });
  }
}
