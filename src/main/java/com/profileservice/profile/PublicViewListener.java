package com.profileservice.profile;

import com.profileservice.common.persistence.ChannelListener;
import com.profileservice.common.persistence.DatabaseConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
public class PublicViewListener implements ChannelListener.Hearing {

  /** The channel migration V8's trigger notifies, with the lower-case handle as payload. */
  static final String CHANNEL = "profile_public_view";

  /** How the connection shows in pg_stat_activity. */
  static final String APPLICATION_NAME = "profile-service public-view listener";

  /** The {@code clientName} tag of the connection's SQL client meters. */
  static final String METRICS_NAME = "public-view-listener";

  private static final Logger LOG = Logger.getLogger(PublicViewListener.class);

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final PublicViewCache cache;
  private final long relistenMillis;
  private final ChannelListener connection;

  private boolean down;

  /** Notifications kept back by {@link #hold()}, or null while they are acted on. */
  private List<String> held;

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
    this.cache = cache;
    this.relistenMillis = Math.max(1, relistenMillis);
    this.connection =
        new ChannelListener(
            vertx,
            options,
            METRICS_NAME + "-" + INSTANCES.incrementAndGet(),
            CHANNEL,
            this.relistenMillis,
            this);
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  void start() {
    if (cache.enabled()) {
      connection.start();
    }
  }

  void stop() {
    connection.stop();
  }

  /** Tests hold the outage open: no new connection is tried until {@link #resumeRelistening}. */
  void pauseRelistening() {
    connection.pauseRetrying();
  }

  void resumeRelistening() {
    connection.resumeRetrying();
  }

  @Override
  public synchronized void listening() {
    cache.startListening();
    if (down) {
      down = false;
      LOG.info("public-view cache in use again: listening for profile changes");
    }
  }

  @Override
  public synchronized void lost(Throwable failure) {
    cache.stopListening();
    if (!down && !connection.stopped()) {
      down = true;
      // The message may name the server; the class says what happened.
      LOG.warnf(
          "public-view cache bypassed: not listening for profile changes (%s); retrying every %d ms",
          failure == null ? "connection closed" : failure.getClass().getName(), relistenMillis);
    }
  }

  @Override
  public synchronized void notified(String key) {
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
    return ChannelListener.options(
        url, username, password, database, APPLICATION_NAME, METRICS_NAME);
  }
}
