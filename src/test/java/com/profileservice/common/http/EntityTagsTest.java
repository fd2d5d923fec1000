package com.profileservice.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void equalContentHasEqualTagsAndDifferentContentDifferentOnes() {
    String a = EntityTags.ofContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertEquals(a, EntityTags.ofContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    assertNotEquals(a, EntityTags.ofContent("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(a.startsWith("\"") && a.endsWith("\""));
  }

  @Test
  void listsAndWildcardsMatch() {
    String tag = EntityTags.ofVersion(3);
    assertTrue(EntityTags.listMatches("\"v1\", \"v3\"", tag, false));
    assertTrue(EntityTags.listMatches("*", tag, false));
    assertFalse(EntityTags.listMatches("\"v2\"", tag, false));
    assertFalse(EntityTags.listMatches(null, tag, false));
  }

  @Test
  void weakTagsMatchOnlyUnderWeakComparison() {
    String tag = EntityTags.ofVersion(3);
    assertTrue(EntityTags.listMatches("W/\"v3\"", tag, true));
    assertFalse(EntityTags.listMatches("W/\"v3\"", tag, false));
  }
}
