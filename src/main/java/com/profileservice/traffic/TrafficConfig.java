package com.profileservice.traffic;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;

/** Settings of per-client rate limiting ({@code profile.traffic.*}). */
@ConfigMapping(prefix = "profile.traffic")
public interface TrafficConfig {

  /** Whether requests are counted at all; switched off only for benchmarks. */
  @WithDefault("true")
  boolean enabled();

  /** Reads (every method but POST, PUT, PATCH and DELETE) one client may make at once. */
  @WithDefault("200")
  @Positive
  int readBurst();

  /** Reads a minute a client earns back once its burst is spent. */
  @WithDefault("1200")
  @Positive
  int readsPerMinute();

  /** Writes (POST, PUT, PATCH, DELETE) one client may make at once. */
  @WithDefault("20")
  @Positive
  int writeBurst();

  /** Writes a minute a client earns back once its burst is spent. */
  @WithDefault("60")
  @Positive
  int writesPerMinute();

  /**
   * Path prefixes that are never limited: the orchestrator's health probes, which a busy address
   * must never turn into a restart or an unready pod.
   */
  @WithDefault("/q/health")
  List<String> exemptPaths();

  /**
   * The most clients held in memory at once; beyond it the least used are forgotten first, which
   * bounds memory when a flood of addresses arrives.
   */
  @WithDefault("100000")
  @Positive
  int maxClients();

  /**
   * Where the buckets live: {@code memory}, in each replica (no setup; N replicas give a client N
   * times the limits), or {@code redis}, one bucket per client shared by every replica, at the
   * Redis server of {@code quarkus.redis.hosts}.
   */
  @WithDefault("memory")
  Store store();

  /**
   * How long a request waits for Redis before it is counted by this replica's own buckets instead.
   */
  @WithDefault("1s")
  Duration redisTimeout();

  /** While Redis is unreachable, how often one request tries it again. */
  @WithDefault("1s")
  Duration redisRetryEvery();

  /** Prefix of every Redis key the limiter writes, so several services may share one server. */
  @WithDefault("profile-service:traffic:")
  String redisKeyPrefix();

  /** Where the buckets live. */
  enum Store {
    MEMORY,
    REDIS
  }
}
