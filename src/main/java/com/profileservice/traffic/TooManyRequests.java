package com.profileservice.traffic;

import com.profileservice.common.problem.ProblemException;
import java.util.Map;

/** A client spent its burst of reads or writes and must wait for the next token. */
final class TooManyRequests extends ProblemException {

  private final long retryAfterSeconds;

  TooManyRequests(boolean write, long retryAfterSeconds) {
    super(
        429,
        "rate-limited",
        "Too many requests",
        write
            ? "Too many changes from your address; retry after the time in Retry-After."
            : "Too many requests from your address; retry after the time in Retry-After.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }

  /** Whole seconds, rounded up, so a client that waits that long always finds a token. */
  static long secondsFrom(long nanos) {
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }
}
