package com.profileservice.profile;

import java.util.regex.Pattern;

/**
 * What a handle looks like, stated once in Java. The V1 migration's CHECK constraint on {@code
 * profile.handle} states it for the database; {@code HandleFormatTest} holds the two together,
 * since an applied migration is never edited.
 */
public final class HandleFormat {

  /** The whole handle must match; the migration anchors it as {@code '^...$'}. */
  public static final int MAX_LENGTH = 15;

  public static final String REGEX = "[A-Za-z0-9_]{1," + MAX_LENGTH + "}";

  /** What a refused handle is told, in the API's words. */
  public static final String RULE = "must be 1-15 letters, digits or _";

  static final Pattern PATTERN = Pattern.compile(REGEX);

  private HandleFormat() {}

  public static boolean matches(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }
}
