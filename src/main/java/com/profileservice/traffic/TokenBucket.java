package com.profileservice.traffic;

/**
 * A token bucket: holds at most {@code burst} tokens, starts full, and earns one token back every
 * {@link Rate#nanosPerToken()}. Times are nanoseconds on the service clock, passed in by the
 * caller, so the arithmetic is exact and a test can drive it without a clock at all.
 */
final class TokenBucket {

  private final long capacity;
  private final long nanosPerToken;
  private long tokens;
  // The moment up to which earned time has been turned into tokens.
  private long refilledAt;

  TokenBucket(Rate rate, long now) {
    this.capacity = rate.burst();
    this.nanosPerToken = rate.nanosPerToken();
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /**
   * Takes a token when there is one.
   *
   * @return 0 when a token was taken, otherwise the nanoseconds until the next one is earned
   *     (always more than 0)
   */
  synchronized long tryTake(long now) {
    refill(now);
    if (tokens > 0) {
      tokens--;
      return 0;
    }
    return refilledAt + nanosPerToken - now;
  }

  synchronized long available(long now) {
    refill(now);
    return tokens;
  }

  private void refill(long now) {
    if (now < refilledAt) {
      // The wall clock stepped back: restart the token being earned rather than make the client
      // wait for the lost time.
      refilledAt = now;
      return;
    }
    long earned = (now - refilledAt) / nanosPerToken;
    if (earned >= capacity - tokens) {
      // Full: time spent full earns nothing, so the next token is counted from now.
      tokens = capacity;
      refilledAt = now;
    } else {
      tokens += earned;
      // Keeps the part of a token already earned, so frequent requests do not slow the refill.
      refilledAt += earned * nanosPerToken;
    }
  }
}
