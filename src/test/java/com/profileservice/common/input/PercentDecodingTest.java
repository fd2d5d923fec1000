package com.profileservice.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecodingTest {

  @Test
  void decodesEscapesAsUtf8() {
    assertEquals(
        Optional.of("a/b c+é😀"), PercentDecoding.decode("a%2Fb%20c+%C3%A9%F0%9F%98%80", false));
  }

  @Test
  void plusIsASpaceOnlyInQueries() {
    assertEquals(Optional.of("a b"), PercentDecoding.decode("a+b", true));
    assertEquals(Optional.of("a+b"), PercentDecoding.decode("a+b", false));
  }

  @Test
  void nulIsDecodedSoThatItCanBeRefused() {
    assertEquals(Optional.of("a\0b"), PercentDecoding.decode("a%00b", false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"%", "a%", "a%2", "%G0", "%0G", "%%", "%ED%A0%80", "%C3", "%FF", "a\u00e9", "a b"})
  void refusesMalformedEscapesRawNonAsciiAndBytesThatAreNotUtf8(String raw) {
    assertEquals(Optional.empty(), PercentDecoding.decode(raw, false));
  }

  @Test
  void refusesDigitsOfOtherScriptsInEscapes() {
    assertEquals(Optional.empty(), PercentDecoding.decode("%\u0663\u0663", false));
  }
}
