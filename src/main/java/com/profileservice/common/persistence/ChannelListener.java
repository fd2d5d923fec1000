package com.profileservice.common.persistence;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * One connection of its own that LISTENs to one PostgreSQL channel, kept up for as long as it is
 * started: when it drops or cannot be opened, it is tried again after a fixed pause.
 *
 * <p>It connects through a pool of one connection that {@link #stop} closes. A connection opened on
 * its own (as {@code PgSubscriber} does on every attempt) brings a client of its own, which a
 * failed attempt leaves to the garbage collector; that closes it after Vert.x has stopped, and
 * netty reports the late close as an error.
 */
public final class ChannelListener {

  /** What the owner of a listener hears from it, always on a Vert.x event loop. */
  public interface Hearing {

    /** LISTEN has succeeded on a new connection: notifications flow from now on. */
    void listening();

    /**
     * The connection could not be opened or has ended; notifications sent meanwhile are lost.
     *
     * @param failure why it could not be opened, or null when an open connection ended
     */
    void lost(Throwable failure);

    /** A notification on the channel, committed by this or any other replica. */
    void notified(String payload);
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private static final long STOP_WAIT_SECONDS = 5;

  private final Vertx vertx;
  private final String channel;
  private final long retryMillis;
  private final Hearing hearing;
  private final Pool connections;

  private volatile boolean stopped;
  private volatile long retryTimer = -1;
  private boolean retryingPaused;
  private boolean retryDue;

  /**
   * @param name names the pool, so that its meters and those of any other listener stay apart
   *     (Micrometer refuses a second pool of the same name with a warning)
   */
  public ChannelListener(
      Vertx vertx,
      PgConnectOptions options,
      String name,
      String channel,
      long retryMillis,
      Hearing hearing) {
    if (!IDENTIFIER.matcher(channel).matches()) {
      throw new IllegalArgumentException("not a plain channel name: " + channel);
    }
    this.vertx = vertx;
    this.channel = channel;
    this.retryMillis = Math.max(1, retryMillis);
    this.hearing = hearing;
    this.connections = PgPool.pool(vertx, options, new PoolOptions().setMaxSize(1).setName(name));
  }

  public void start() {
    listen();
  }

  /**
   * Ends listening before Vert.x stops: an attempt under way is waited for and its connection
   * closed, and a pending retry cancelled, so that nothing outlives the event loops.
   */
  public void stop() {
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

  public boolean stopped() {
    return stopped;
  }

  /** Tests hold an outage open: no new connection is tried until {@link #resumeRetrying}. */
  public synchronized void pauseRetrying() {
    retryingPaused = true;
  }

  public void resumeRetrying() {
    boolean due;
    synchronized (this) {
      retryingPaused = false;
      due = retryDue;
      retryDue = false;
    }
    if (due) {
      listen();
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
                hearing.lost(connected.cause());
                retryLater();
                return;
              }
              if (stopped) {
                connected.result().close();
                return;
              }
              PgConnection opened = PgConnection.cast(connected.result());
              opened.notificationHandler(
                  notification -> {
                    if (channel.equals(notification.getChannel())) {
                      hearing.notified(notification.getPayload());
                    }
                  });
              // The close handler reports and retries; a failure alone says nothing more.
              opened.exceptionHandler(failure -> {});
              opened.closeHandler(
                  ignored -> {
                    hearing.lost(null);
                    retryLater();
                  });
              opened
                  .query("LISTEN " + channel)
                  .execute()
                  .onComplete(
                      listened -> {
                        if (listened.succeeded()) {
                          hearing.listening();
                        } else {
                          opened.close();
                        }
                      });
            });
  }

  private void retryLater() {
    if (stopped) {
      return;
    }
    synchronized (this) {
      if (retryingPaused) {
        retryDue = true;
        return;
      }
    }
    retryTimer = vertx.setTimer(retryMillis, id -> listen());
  }

  /**
   * How a listener reaches the datasource: its reactive URL's first server (a listener needs one
   * connection, not the pool's fail-over list), with the pool's connect timeout.
   *
   * @param applicationName how the connection shows in {@code pg_stat_activity}
   * @param metricsName the {@code clientName} tag of the connection's SQL client meters
   */
  public static PgConnectOptions options(
      String url,
      Optional<String> username,
      Optional<String> password,
      DatabaseConfig database,
      String applicationName,
      String metricsName) {
    String first = url.split(",")[0].trim();
    if (first.startsWith("vertx-reactive:")) {
      first = first.substring("vertx-reactive:".length());
    }
    PgConnectOptions options = PgConnectOptions.fromUri(first);
    username.ifPresent(options::setUser);
    password.ifPresent(options::setPassword);
    options.setConnectTimeout(Math.toIntExact(database.connectTimeout().toMillis()));
    options.addProperty("application_name", applicationName);
    // Meters of its own, named as the pool's are ("type|name"), apart from the pool's statements.
    options.setMetricsName("postgresql|" + metricsName);
    return options;
  }
}
