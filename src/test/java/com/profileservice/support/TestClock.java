package com.profileservice.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time until a test moves it, so tests of expiry and grace
 * periods never sleep. A test that moves it must {@link #reset()} it afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }
}
