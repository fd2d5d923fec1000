package com.profileservice.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final long START = 1_000 * SECOND;

  @Test
  void startsFullAndRefusesOnceTheBurstIsSpent() {
    TokenBucket bucket = new TokenBucket(new Rate(3, 60), START);
    assertEquals(0, bucket.tryTake(START));
    assertEquals(0, bucket.tryTake(START));
    assertEquals(0, bucket.tryTake(START));
    assertTrue(bucket.tryTake(START) > 0);
  }

  @Test
  void waitIsTheTimeUntilTheNextTokenIsEarned() {
    TokenBucket bucket = new TokenBucket(new Rate(1, 6), START);
    bucket.tryTake(START);
    assertEquals(10 * SECOND, bucket.tryTake(START));
    assertEquals(4 * SECOND, bucket.tryTake(START + 6 * SECOND));
  }

  @Test
  void earnsOneTokenPerIntervalNotTheWholeBurst() {
    TokenBucket bucket = new TokenBucket(new Rate(5, 60), START);
    for (int i = 0; i < 5; i++) {
      bucket.tryTake(START);
    }
    assertEquals(0, bucket.tryTake(START + SECOND));
    assertTrue(bucket.tryTake(START + SECOND) > 0);
    assertEquals(2, bucket.available(START + 3 * SECOND));
  }

  @Test
  void neverHoldsMoreThanTheBurstHoweverLongItIdles() {
    TokenBucket bucket = new TokenBucket(new Rate(4, 60), START);
    bucket.tryTake(START);
    assertEquals(4, bucket.available(START + Duration.ofDays(365).toNanos()));
  }

  @Test
  void partOfATokenAlreadyEarnedIsKeptAcrossRequests() {
    TokenBucket bucket = new TokenBucket(new Rate(2, 120), START);
    long halfSecond = SECOND / 2;
    bucket.tryTake(START);
    bucket.tryTake(START);
    assertEquals(halfSecond - 300_000_000, bucket.tryTake(START + 300_000_000));
    assertEquals(0, bucket.tryTake(START + 600_000_000));
    // The 100 ms earned past that token count towards the next one.
    assertEquals(halfSecond - 100_000_000, bucket.tryTake(START + 600_000_000));
  }

  @Test
  void timeSpentFullEarnsNothing() {
    TokenBucket bucket = new TokenBucket(new Rate(2, 60), START);
    long later = START + 10 * SECOND + SECOND / 2;
    bucket.tryTake(later);
    bucket.tryTake(later);
    assertEquals(SECOND, bucket.tryTake(later));
  }

  @Test
  void aClockSteppingBackNeverLocksTheClientOut() {
    TokenBucket bucket = new TokenBucket(new Rate(1, 60), START);
    bucket.tryTake(START);
    long anHourEarlier = START - Duration.ofHours(1).toNanos();
    assertEquals(SECOND, bucket.tryTake(anHourEarlier));
    assertEquals(0, bucket.tryTake(anHourEarlier + SECOND));
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertEquals(1, TooManyRequests.secondsFrom(1));
    assertEquals(1, TooManyRequests.secondsFrom(SECOND));
    assertEquals(2, TooManyRequests.secondsFrom(SECOND + 1));
    assertEquals(10, TooManyRequests.secondsFrom(10 * SECOND - 7));
  }

  @Test
  void rateSpreadsTheMinuteOverItsRequests() {
    Rate rate = new Rate(20, 60);
    assertEquals(SECOND, rate.nanosPerToken());
    assertEquals(Duration.ofSeconds(20), rate.timeToFill());
    assertEquals(Duration.ofMillis(50).toNanos(), new Rate(1, 1200).nanosPerToken());
  }

  @Test
  void rateNeedsABurstAndARefill() {
    assertThrows(IllegalArgumentException.class, () -> new Rate(0, 60));
    assertThrows(IllegalArgumentException.class, () -> new Rate(10, 0));
  }
}
