package com.profileservice.traffic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The buckets of every client seen lately, in memory only. A client's buckets are forgotten once
 * they have been idle long enough to be full again, so forgetting them never lets anyone through
 * sooner than keeping them would.
 */
final class TrafficBuckets {

  private final Rate reads;
  private final Rate writes;
  private final Clock clock;
  private final Cache<String, ClientBuckets> clients;

  TrafficBuckets(Rate reads, Rate writes, long maxClients, Clock clock) {
    this.reads = reads;
    this.writes = writes;
    this.clock = clock;
    Duration idle = max(reads.timeToFill(), writes.timeToFill());
    this.clients =
        Caffeine.newBuilder()
            // Expiry follows the service clock, so tests move time instead of sleeping.
            .ticker(this::now)
            // Housekeeping runs on the calling thread: it is a few map operations, and needs no
            // pool of its own.
            .executor(Runnable::run)
            .expireAfterAccess(idle)
            // Bounds memory when a flood of addresses arrives; the least used are dropped first.
            .maximumSize(maxClients)
            .build();
  }

  /**
   * Takes a token from the client's read or write bucket.
   *
   * @return 0 when the request may go on, otherwise the nanoseconds until it could
   */
  long take(String client, boolean write) {
    long now = now();
    ClientBuckets buckets =
        clients.get(
            client,
            key -> new ClientBuckets(new TokenBucket(reads, now), new TokenBucket(writes, now)));
    return (write ? buckets.writes() : buckets.reads()).tryTake(now);
  }

  /** How many clients are held right now, after dropping the expired ones. */
  long clientCount() {
    clients.cleanUp();
    return clients.estimatedSize();
  }

  private long now() {
    Instant instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private record ClientBuckets(TokenBucket reads, TokenBucket writes) {}
}
