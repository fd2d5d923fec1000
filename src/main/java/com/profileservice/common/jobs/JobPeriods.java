package com.profileservice.common.jobs;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a job's period from the same setting as its {@code @Scheduled(every = ...)} expression, in
 * the scheduler's form ({@code 1h}, {@code 30s}, an ISO-8601 {@code PT1H}) or {@code off}.
 */
public final class JobPeriods {

  private JobPeriods() {}

  /** The period, or empty when the job is off. */
  public static Optional<Duration> parse(String every) {
    String value = every.trim();
    if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("disabled")) {
      return Optional.empty();
    }
    String iso = value.toUpperCase(Locale.ROOT);
    Duration period =
        Duration.parse(iso.startsWith("P") ? iso : (iso.endsWith("D") ? "P" + iso : "PT" + iso));
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("a job's period must be positive: " + every);
    }
    return Optional.of(period);
  }
}
