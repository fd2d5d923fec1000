package com.profileservice.events;

import com.profileservice.common.problem.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The feed's opaque cursor: the position of the last event a consumer has seen. Opaque so that the
 * encoding may change; a consumer only ever sends back what the feed gave it.
 */
final class EventCursor {

  private static final String PREFIX = "e1.";

  private EventCursor() {}

  static String encode(long position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
  }

  /** Zero (from the oldest event kept) when absent; 422 when it is not a cursor of this feed. */
  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      if (cursor.length() > 40) {
        throw new IllegalArgumentException("too long");
      }
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not a cursor");
      }
      long position = Long.parseLong(text.substring(PREFIX.length()));
      if (position < 0) {
        throw new IllegalArgumentException("negative");
      }
      return position;
    } catch (IllegalArgumentException e) {
      throw InvalidRequest.of("after", "is not a cursor this feed gave out");
    }
  }
}
