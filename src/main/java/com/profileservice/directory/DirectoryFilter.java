package com.profileservice.directory;

import java.util.Locale;

/**
 * Which region a directory request asks for; each part is null when not asked for. The country is
 * upper case, as stored; state and city keep the caller's spelling and match ignoring case.
 */
record DirectoryFilter(String country, String state, String city) {

  static DirectoryFilter of(String country, String state, String city) {
    return new DirectoryFilter(
        blankToNull(country) == null ? null : country.toUpperCase(Locale.ROOT),
        blankToNull(state),
        blankToNull(city));
  }

  /** The same for every spelling of the same filter, so a cursor survives a change of case. */
  String canonical() {
    return String.join(
        "\n", part(country), part(lower(state)), part(lower(city)), "directory-cursor/v1");
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static String part(String text) {
    return text == null ? "" : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
