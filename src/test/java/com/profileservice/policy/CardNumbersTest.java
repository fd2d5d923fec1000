package com.profileservice.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "my card is 5500 0000 0000 0004, thanks",
        "378282246310005",
        "4222222222222",
        "6011000990139424"
      })
  void recognisesCardNumbersInText(String text) {
    assertTrue(CardNumbers.appearsIn(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111112",
        "123456789012",
        "41111111111111111111111",
        "4111  1111 1111 1111",
        "Alice Liddell",
        "call 020 123 4567",
        ""
      })
  void leavesOtherTextAlone(String text) {
    assertFalse(CardNumbers.appearsIn(text));
  }

  @Test
  void nullIsNoCardNumber() {
    assertFalse(CardNumbers.appearsIn(null));
  }

  @Test
  void luhnCheckDoublesEverySecondDigitFromTheRight() {
    assertTrue(CardNumbers.passesLuhn("79927398713"));
    assertFalse(CardNumbers.passesLuhn("79927398710"));
  }
}
