package com.profileservice.traffic;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One bucket per client and kind in Redis, shared by every replica: each take is one Lua script
 * (traffic/token-bucket.lua), which Redis runs alone, so a client's burst is one burst whichever
 * replicas its requests reach. A key expires once its bucket would be full again, so Redis holds
 * only clients seen lately.
 */
final class RedisBuckets implements Buckets {

  private static final String SCRIPT = script();

  private final ReactiveRedisDataSource redis;
  private final String prefix;
  private final Rate reads;
  private final Rate writes;

  RedisBuckets(ReactiveRedisDataSource redis, String prefix, Rate reads, Rate writes) {
    this.redis = redis;
    this.prefix = prefix;
    this.reads = reads;
    this.writes = writes;
  }

  @Override
  public Uni<Long> take(String client, boolean write) {
    Rate rate = write ? writes : reads;
    String key = prefix + (write ? "write:" : "read:") + client;
    return redis
        .execute(
            "EVAL",
            SCRIPT,
            "1",
            key,
            Integer.toString(rate.burst()),
            Long.toString(Math.max(1, rate.nanosPerToken() / 1000)),
            Long.toString(Math.max(1, rate.timeToFill().toMillis())))
        .map(waitMicros -> waitMicros.toLong() * 1000);
  }

  private static String script() {
    try (InputStream in =
        RedisBuckets.class.getClassLoader().getResourceAsStream("traffic/token-bucket.lua")) {
      if (in == null) {
        throw new IllegalStateException("traffic/token-bucket.lua is packaged with the service");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
