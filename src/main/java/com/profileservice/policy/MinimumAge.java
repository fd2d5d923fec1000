package com.profileservice.policy;

import java.time.LocalDate;

/** COPPA: no personal information from anyone younger than thirteen. */
public final class MinimumAge {

  public static final int YEARS = 13;

  private MinimumAge() {}

  /** Whether a person born on {@code birthday} is at least thirteen on {@code today}. */
  public static boolean isMet(LocalDate birthday, LocalDate today) {
    return !birthday.plusYears(YEARS).isAfter(today);
  }
}
