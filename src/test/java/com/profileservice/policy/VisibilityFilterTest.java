package com.profileservice.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VisibilityFilterTest {

  @Test
  void storedPublicFlagOnAPrivateOnlyFieldIsIgnored() {
    VisibilityFilter filter =
        new VisibilityFilter(
            Map.of(
                "birthday", Visibility.PUBLIC,
                "phone", Visibility.PUBLIC,
                "gender", Visibility.PUBLIC,
                "location.zip", Visibility.PUBLIC));

    assertNull(filter.shown("birthday", "1990-01-01"));
    assertNull(filter.shown("phone", "+31612345678"));
    assertNull(filter.shown("gender", "FEMALE"));
    assertNull(filter.shown("location.zip", "1234"));
  }

  @Test
  void missingFlagFallsBackToThePolicyDefault() {
    VisibilityFilter filter = new VisibilityFilter(Map.of());

    assertEquals("https://example.org", filter.shown("website", "https://example.org"));
    assertNull(filter.shown("email", "a@example.org"));
  }

  @Test
  void emptyValuesAreNeverShown() {
    VisibilityFilter filter = new VisibilityFilter(Map.of("website", Visibility.PUBLIC));

    assertNull(filter.shown("website", ""));
    assertNull(filter.shown("website", null));
  }

  @Test
  void unknownFieldIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class, () -> new VisibilityFilter(Map.of()).shown("ssn", "x"));
  }
}
