package com.profileservice.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises payment card numbers in free text: 13 to 19 digits, optionally grouped by single
 * spaces or dashes, that pass the Luhn check. The policy promises card data is never stored.
 */
public final class CardNumbers {

  private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");

  private CardNumbers() {}

  public static boolean appearsIn(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (passesLuhn(m.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    return false;
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
