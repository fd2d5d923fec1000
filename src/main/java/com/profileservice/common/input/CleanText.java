package com.profileservice.common.input;

/**
 * The one rule for text the service accepts anywhere (path, query, header or JSON string): no NUL
 * character and no UTF-16 surrogate without its partner. PostgreSQL refuses to store NUL in text,
 * and an unpaired surrogate is not a character at all: encoded for storage it silently becomes '?'.
 */
public final class CleanText {

  private CleanText() {}

  public static boolean isClean(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
