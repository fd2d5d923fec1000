package com.profileservice.common.persistence;

import com.profileservice.common.metrics.PerConnectionSqlGauges;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the application's connection pool with the bounds of {@link DatabaseConfig}: a wait limit
 * for a pooled connection, and server-side timeouts sent as startup parameters of every connection,
 * so they hold for every statement the service runs, whoever issues it.
 *
 * <p>Quarkus configures neither the pool's wait limit nor session settings, hence this creator. The
 * startup parameters are PostgreSQL run-time settings; a test reads them back with {@code SHOW}.
 */
@Singleton
public class BoundedPoolCreator implements PgPoolCreator {

  private final DatabaseConfig config;

  public BoundedPoolCreator(DatabaseConfig config) {
    this.config = config;
  }

  @Override
  public Pool create(Input input) {
    // Before the pool opens its first connection, which registers the SQL client's meters.
    PerConnectionSqlGauges.installOn(Metrics.globalRegistry);
    PoolOptions pool =
        new PoolOptions(input.poolOptions())
            .setConnectionTimeout(millis(config.acquisitionTimeout()))
            .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
            .setMaxWaitQueueSize(config.maxWaitingForConnection());
    List<PgConnectOptions> servers =
        input.pgConnectOptionsList().stream().map(this::bounded).toList();
    // Quarkus expects a PgPool from a creator, which only this (deprecated) factory still returns.
    return new ReportingPool(PgPool.pool(input.vertx(), servers, pool));
  }

  private PgConnectOptions bounded(PgConnectOptions configured) {
    PgConnectOptions options = new PgConnectOptions(configured);
    options.setConnectTimeout(millis(config.connectTimeout()));
    options.addProperty("lock_timeout", millis(config.lockTimeout()) + "ms");
    options.addProperty("statement_timeout", millis(config.statementTimeout()) + "ms");
    options.addProperty(
        "idle_in_transaction_session_timeout", millis(config.idleInTransactionTimeout()) + "ms");
    return options;
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }
}
