package com.profileservice.common.metrics;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.redis.client.RedisOptionsCustomizer;
import io.vertx.redis.client.RedisOptions;
import jakarta.inject.Singleton;

/**
 * Installs {@link PerConnectionSqlGauges} before a Redis client exists: the Redis client may be
 * built before the first database pool, and its per-connection queue gauge would be registered (and
 * refused with a warning) before the pool's creator installs the filter.
 */
@Singleton
public class RedisClientGauges implements RedisOptionsCustomizer {

  @Override
  public void customize(String clientName, RedisOptions options) {
    PerConnectionSqlGauges.installOn(Metrics.globalRegistry);
  }
}
