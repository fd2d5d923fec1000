package com.profileservice.events;

import com.profileservice.common.persistence.ChannelListener;
import com.profileservice.common.persistence.DatabaseConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
public class EventNotifications implements ChannelListener.Hearing {

  static final String CHANNEL = "outbox_event";

  /** How the connection shows in pg_stat_activity. */
  static final String APPLICATION_NAME = "profile-service event notifications";

  private static final String METRICS_NAME = "event-notifications";

  private static final long RETRY_MILLIS = 1000;

  private static final Logger LOG = Logger.getLogger(EventNotifications.class);

  private final AtomicReference<CompletableFuture<Void>> next =
      new AtomicReference<>(new CompletableFuture<>());
  private final ChannelListener connection;

  public EventNotifications(
      Vertx vertx,
      DatabaseConfig database,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.connection =
        new ChannelListener(
            vertx,
            ChannelListener.options(
                url, username, password, database, APPLICATION_NAME, METRICS_NAME),
            METRICS_NAME,
            CHANNEL,
            RETRY_MILLIS,
            this);
  }

  void start(@Observes StartupEvent started) {
    connection.start();
  }

  void stop(@Observes ShutdownEvent stopping) {
    connection.stop();
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

  /** Listening anew (first time or after an outage): events may have committed meanwhile. */
  @Override
  public void listening() {
    wake();
  }

  /**
   * A database restart or a terminated session is an outage the retries handle, not an error to
   * print: waiters run to the end of their wait meanwhile.
   */
  @Override
  public void lost(Throwable failure) {
    LOG.debugf(
        "event notifications not listening: %s",
        failure == null ? "connection closed" : failure.getMessage());
  }

  @Override
  public void notified(String payload) {
    wake();
  }

  private void wake() {
    next.getAndSet(new CompletableFuture<>()).complete(null);
  }
}
