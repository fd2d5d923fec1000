package com.profileservice.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrafficBucketsTest {

  private static final Rate READS = new Rate(3, 60);
  private static final Rate WRITES = new Rate(1, 6);

  private final MovableClock clock = new MovableClock();
  private final TrafficBuckets buckets = new TrafficBuckets(READS, WRITES, 1_000, clock);

  @Test
  void idleBucketsExpireOnceTheyWouldBeFullAgain() {
    buckets.take("203.0.113.1", true);
    buckets.take("203.0.113.2", false);
    // The slower bucket (writes, 1 token every 10 s) is full again after 10 s.
    clock.advance(Duration.ofSeconds(9));
    assertEquals(2, buckets.clientCount());
    clock.advance(Duration.ofSeconds(2));
    assertEquals(0, buckets.clientCount());
  }

  @Test
  void aBucketInUseDoesNotExpire() {
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofSeconds(8));
      buckets.take("203.0.113.3", false);
    }
    assertEquals(1, buckets.clientCount());
  }

  @Test
  void aForgottenClientGetsNothingItWouldNotHaveHadAnyway() {
    String client = "203.0.113.4";
    for (int i = 0; i < 3; i++) {
      assertEquals(0, buckets.take(client, false));
    }
    assertTrue(buckets.take(client, false) > 0);
    clock.advance(Duration.ofSeconds(11));
    assertEquals(0, buckets.clientCount());
    for (int i = 0; i < 3; i++) {
      assertEquals(0, buckets.take(client, false));
    }
    assertTrue(buckets.take(client, false) > 0);
  }

  @Test
  void readsAndWritesHaveSeparateBuckets() {
    String client = "203.0.113.5";
    assertEquals(0, buckets.take(client, true));
    assertEquals(Duration.ofSeconds(10).toNanos(), buckets.take(client, true));
    for (int i = 0; i < 3; i++) {
      assertEquals(0, buckets.take(client, false));
    }
  }

  @Test
  void clientsHaveSeparateBuckets() {
    assertEquals(0, buckets.take("203.0.113.6", true));
    assertTrue(buckets.take("203.0.113.6", true) > 0);
    assertEquals(0, buckets.take("203.0.113.7", true));
  }

  @Test
  void aFloodOfAddressesIsBoundedByMaxClients() {
    TrafficBuckets small = new TrafficBuckets(READS, WRITES, 100, clock);
    for (int i = 0; i < 1_000; i++) {
      small.take("10.0." + (i / 256) + "." + (i % 256), false);
    }
    assertTrue(small.clientCount() <= 100, () -> small.clientCount() + " clients held");
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2030-01-01T00:00:00Z");

    void advance(Duration amount) {
      now = now.plus(amount);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
