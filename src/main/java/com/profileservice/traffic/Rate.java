package com.profileservice.traffic;

import java.time.Duration;

/**
 * How much one client address may do: {@code burst} requests at once, then {@code perMinute}
 * requests a minute, earned back one at a time.
 */
record Rate(int burst, int perMinute) {

  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  Rate {
    if (burst < 1 || perMinute < 1) {
      throw new IllegalArgumentException("a rate needs a burst and a refill of at least 1");
    }
  }

  /** The time it takes to earn one request back. */
  long nanosPerToken() {
    return NANOS_PER_MINUTE / perMinute;
  }

  /** The time an empty bucket takes to be full again. */
  Duration timeToFill() {
    return Duration.ofNanos(nanosPerToken()).multipliedBy(burst);
  }
}
