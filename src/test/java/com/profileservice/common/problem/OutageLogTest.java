package com.profileservice.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.CapturedLogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageLogTest {

  private final MovableClock clock = new MovableClock();
  private final OutageLog log = new OutageLog(clock);

  @Test
  void anOutageOfThousandsOfRefusalsLogsOneLineAndThenACountPerInterval() {
    try (CapturedLogs logs = CapturedLogs.of(OutageLog.class.getName())) {
      for (int i = 0; i < 5000; i++) {
        log.refused("SQLSTATE 57P03");
      }
      clock.now = clock.now.plus(OutageLog.INTERVAL);
      log.refused("SQLSTATE 57P03");

      assertEquals(
          List.of(
              "database unavailable: SQLSTATE 57P03; answering 503 with Retry-After",
              "database unavailable: SQLSTATE 57P03; 4999 more requests answered 503 since the"
                  + " last line"),
          logs.lines());
    }
  }

  @Test
  void aNewOutageAfterAQuietIntervalIsLoggedAtOnce() {
    try (CapturedLogs logs = CapturedLogs.of(OutageLog.class.getName())) {
      log.refused("ConnectException");
      clock.now = clock.now.plus(Duration.ofMinutes(5));
      log.refused("ConnectException");

      assertEquals(2, logs.lines().size());
    }
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");

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
