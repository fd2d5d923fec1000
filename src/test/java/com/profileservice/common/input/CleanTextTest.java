package com.profileservice.common.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  @Test
  void ordinaryTextIncludingSurrogatePairsIsClean() {
    assertTrue(CleanText.isClean(""));
    assertTrue(CleanText.isClean("Ann Żółć \t\n"));
    assertTrue(CleanText.isClean("smile \uD83D\uDE00 end"));
    assertTrue(CleanText.isClean("\uD83D\uDE00"));
  }

  @Test
  void nulAnywhereIsNot() {
    assertFalse(CleanText.isClean("\0"));
    assertFalse(CleanText.isClean("a\0"));
    assertFalse(CleanText.isClean("\0b"));
  }

  @Test
  void surrogateWithoutItsPartnerIsNot() {
    assertFalse(CleanText.isClean("a\uD800b"));
    assertFalse(CleanText.isClean("a\uD800"));
    assertFalse(CleanText.isClean("\uDC00b"));
    assertFalse(CleanText.isClean("\uDE00\uD83D"));
    assertFalse(CleanText.isClean("\uD83D\uD83D\uDE00"));
  }
}
