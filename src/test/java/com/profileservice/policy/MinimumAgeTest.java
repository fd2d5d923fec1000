package com.profileservice.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinimumAgeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void thirteenthBirthdayTodayMeetsTheMinimum() {
    assertTrue(MinimumAge.isMet(LocalDate.of(2013, 11, 30), TODAY));
  }

  @Test
  void dayBeforeTheThirteenthBirthdayDoesNot() {
    assertFalse(MinimumAge.isMet(LocalDate.of(2013, 12, 1), TODAY));
  }

  @Test
  void leapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
    LocalDate leapDay = LocalDate.of(2012, 2, 29);
    assertFalse(MinimumAge.isMet(leapDay, LocalDate.of(2025, 2, 27)));
    assertTrue(MinimumAge.isMet(leapDay, LocalDate.of(2025, 2, 28)));
  }
}
