package com.profileservice.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Reports requests refused because the database is unavailable without one log line per request: an
 * outage refuses thousands of requests a second, and a line for each would bury everything else
 * (and fill the disk). The first refusal after a quiet period is logged with its cause; later ones
 * are counted and summed up at most once per interval.
 */
@ApplicationScoped
class OutageLog {

  private static final Logger LOG = Logger.getLogger(OutageLog.class);
  static final Duration INTERVAL = Duration.ofSeconds(10);

  private final Clock clock;
  private final AtomicReference<Instant> lastLine = new AtomicReference<>(Instant.MIN);
  private final AtomicLong unreported = new AtomicLong();

  OutageLog(Clock clock) {
    this.clock = clock;
  }

  void refused(String cause) {
    Instant now = Instant.now(clock);
    Instant previous = lastLine.get();
    if (now.isBefore(previous.plus(INTERVAL)) || !lastLine.compareAndSet(previous, now)) {
      unreported.incrementAndGet();
      return;
    }
    long since = unreported.getAndSet(0);
    if (since == 0) {
      LOG.warnf("database unavailable: %s; answering 503 with Retry-After", cause);
    } else {
      LOG.warnf(
          "database unavailable: %s; %d more requests answered 503 since the last line",
          cause, since);
    }
  }
}
