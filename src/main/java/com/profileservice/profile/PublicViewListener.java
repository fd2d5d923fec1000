package com.profileservice.profile;

import com.profileservice.common.persistence.DatabaseConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hears every committed change of a profile row, from this replica or any other, on a connection of
 * its own that LISTENs to the channel the V8 trigger notifies, and evicts the handle it names.
 *
 * <p>While that connection is down the cache is bypassed and emptied (a change made elsewhere
 * meanwhile would go unheard); it is used again only once LISTEN has succeeded on a new connection,
 * tried every {@code profile.public-view-cache.relisten-after}.
 */
@Singleton
public class PublicViewListener {

  /** The channel migration V8's trigger notifies, with the lower-case handle as payload. */
  static final String CHANNEL = "profile_public_view";

  /** How the connection shows in pg_stat_activity. */
  static final String APPLICATION_NAME = "profile-service public-view listener";

  /** The {@code clientName} tag of the connection's SQL client meters. */
  static final String METRICS_NAME = "public-view-listener";

  private static final long STOP_WAIT_SECONDS = 5;

  private static final Logger LOG = Logger.getLogger(PublicViewListener.class);

  private final Vertx vertx;
  private final PublicViewCache cache;
  private final long relistenMillis;

  private volatile boolean stopped;

  /**
   * A pool of one connection, only to connect through one client that {@link #stop} closes: a
   * client per attempt would be left for the garbage collector, which closes it after Vert.x has
   * stopped and netty reports that as an error.
   */
  private final Pool connections;

  private volatile long retryTimer = -1;
  private boolean down;

  /** Notifications kept back by {@link #hold()}, or null while they are acted on. */
  private List<String> held;

  private boolean relisteningPaused;
  private boolean relistenDue;

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  @Inject
  PublicViewListener(
      Vertx vertx,
      PublicViewCache cache,
      PublicViewCacheConfig config,
      DatabaseConfig database,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this(
        vertx,
        cache,
        options(url, username, password, database),
        config.relistenAfter().toMillis());
  }

  /** Also for tests that start a second listener, as another replica would. */
  PublicViewListener(
      Vertx vertx, PublicViewCache cache, PgConnectOptions options, long relistenMillis) {
    this.vertx = vertx;
    this.cache = cache;
    // A pool of its own name: two pools under Vert.x's default name would register the same pool
    // gauges twice, which Micrometer refuses with a warning.
    this.connections =
        PgPool.pool(
            vertx,
            options,
            new PoolOptions()
                .setMaxSize(1)
                .setName("public-view-listener-" + INSTANCES.incrementAndGet()));
    this.relistenMillis = Math.max(1, relistenMillis);
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  void start() {
    if (cache.enabled()) {
      listen();
    }
  }

  /**
   * Ends listening before Vert.x stops: an attempt under way is waited for and its connection
   * closed, so no connection or retry outlives the event loops (netty would report its late
   * callbacks as errors).
   */
  void stop() {
    stopped = true;
    long timer = retryTimer;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    try {
      connections
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Stopping anyway: the server ends the session when the socket goes.
    }
  }

  private void listen() {
    retryTimer = -1;
    if (stopped) {
      return;
    }
    connections
        .getConnection()
        .onComplete(
            connected -> {
              if (connected.failed()) {
                lost(connected.cause());
                relistenLater();
                return;
              }
              if (stopped) {
                connected.result().close();
                return;
              }
              PgConnection opened = PgConnection.cast(connected.result());
              opened.notificationHandler(n -> received(n.getPayload()));
              // The close handler reports and retries; a failure alone says nothing more.
              opened.exceptionHandler(failure -> {});
              opened.closeHandler(
                  ignored -> {
                    lost(null);
                    relistenLater();
                  });
              opened
                  .query("LISTEN " + CHANNEL)
                  .execute()
                  .onComplete(
                      listened -> {
                        if (listened.succeeded()) {
                          listening();
                        } else {
                          opened.close();
                        }
                      });
            });
  }

  private void relistenLater() {
    if (stopped) {
      return;
    }
    synchronized (this) {
      if (relisteningPaused) {
        relistenDue = true;
        return;
      }
    }
    retryTimer = vertx.setTimer(relistenMillis, id -> listen());
  }

  /** Tests hold the outage open: no new connection is tried until {@link #resumeRelistening}. */
  synchronized void pauseRelistening() {
    relisteningPaused = true;
  }

  void resumeRelistening() {
    boolean due;
    synchronized (this) {
      relisteningPaused = false;
      due = relistenDue;
      relistenDue = false;
    }
    if (due) {
      listen();
    }
  }

  private synchronized void listening() {
    cache.startListening();
    if (down) {
      down = false;
      LOG.info("public-view cache in use again: listening for profile changes");
    }
  }

  private synchronized void lost(Throwable failure) {
    cache.stopListening();
    if (!down && !stopped) {
      down = true;
      // The message may name the server; the class says what happened.
      LOG.warnf(
          "public-view cache bypassed: not listening for profile changes (%s); retrying every %d ms",
          failure == null ? "connection closed" : failure.getClass().getName(), relistenMillis);
    }
  }

  private synchronized void received(String key) {
    if (held != null) {
      held.add(key);
    } else {
      cache.invalidate(key);
    }
  }

  /**
   * Keeps notifications back until {@link #release()}, so that a test sees what the writing
   * replica's own eviction does alone.
   */
  synchronized void hold() {
    held = new ArrayList<>();
  }

  synchronized void release() {
    List<String> keys = held;
    held = null;
    if (keys != null) {
      keys.forEach(cache::invalidate);
    }
  }

  /** The first server of the datasource's reactive URL, as the pool reaches it. */
  static PgConnectOptions options(
      String url, Optional<String> username, Optional<String> password, DatabaseConfig database) {
    String first = url.split(",")[0].trim();
    if (first.startsWith("vertx-reactive:")) {
      first = first.substring("vertx-reactive:".length());
    }
    PgConnectOptions options = PgConnectOptions.fromUri(first);
    username.ifPresent(options::setUser);
    password.ifPresent(options::setPassword);
    options.setConnectTimeout(Math.toIntExact(database.connectTimeout().toMillis()));
    options.addProperty("application_name", APPLICATION_NAME);
    // Meters of its own, named as the pool's are ("type|name"), apart from the pool's statements.
    options.setMetricsName("postgresql|" + METRICS_NAME);
    return options;
  }
}
