package com.profileservice.traffic;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The shared buckets while Redis answers, this replica's own while it does not: a request is never
 * refused, failed or let through unlimited because Redis is down, only limited per replica for a
 * while. While Redis is unreachable one request per retry interval tries it again; the others go
 * straight to the local buckets, so an outage adds no wait to each request.
 */
final class SharedBuckets implements Buckets {

  private static final Logger LOG = Logger.getLogger(SharedBuckets.class);

  private final Buckets shared;
  private final Buckets local;
  private final Duration timeout;
  private final Duration retryEvery;
  private final Clock clock;
  private final Consumer<Boolean> onChange;
  // Empty while Redis answers; otherwise the moment from which one request tries it again.
  private final AtomicReference<Instant> retryAt = new AtomicReference<>();

  SharedBuckets(
      Buckets shared,
      Buckets local,
      Duration timeout,
      Duration retryEvery,
      Clock clock,
      Consumer<Boolean> onChange) {
    this.shared = shared;
    this.local = local;
    this.timeout = timeout;
    this.retryEvery = retryEvery;
    this.clock = clock;
    this.onChange = onChange;
  }

  /** Whether the last answer came from Redis. */
  boolean sharedNow() {
    return retryAt.get() == null;
  }

  @Override
  public Uni<Long> take(String client, boolean write) {
    Instant due = retryAt.get();
    Instant now = clock.instant();
    if (due != null && (now.isBefore(due) || !retryAt.compareAndSet(due, now.plus(retryEvery)))) {
      return local.take(client, write);
    }
    return shared
        .take(client, write)
        .ifNoItem()
        .after(timeout)
        .fail()
        .invoke(ignored -> recovered())
        .onFailure()
        .recoverWithUni(
            failure -> {
              lost(failure);
              return local.take(client, write);
            });
  }

  private void recovered() {
    if (retryAt.getAndSet(null) != null) {
      LOG.info("Redis answers again: rate limits are shared by every replica");
      onChange.accept(true);
    }
  }

  private void lost(Throwable failure) {
    Instant next = clock.instant().plus(retryEvery);
    if (retryAt.getAndSet(next) == null) {
      LOG.warnf(
          "Redis is unreachable (%s): each replica limits clients by its own buckets until it"
              + " answers again",
          failure.getClass().getSimpleName());
      onChange.accept(false);
    }
  }
}
