package com.profileservice.common.http;

import com.profileservice.common.crypto.Sha256;
import java.util.Base64;

/** Strong entity tags (RFC 9110) and the If-Match / If-None-Match comparisons the API needs. */
public final class EntityTags {

  private EntityTags() {}

  /** A tag for a representation, from its bytes: equal bytes, equal tag. */
  public static String ofContent(byte[] representation) {
    byte[] digest = Sha256.digest(representation);
    return quote(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
  }

  /** A tag for a versioned resource. */
  public static String ofVersion(long version) {
    return quote("v" + version);
  }

  /**
   * Whether a conditional header's list of tags (or {@code *}) names the current tag. If-Match uses
   * strong comparison, so a weak tag never matches; If-None-Match uses weak comparison.
   */
  public static boolean listMatches(String header, String currentTag, boolean weakComparison) {
    if (header == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        if (!weakComparison) {
          continue;
        }
        tag = tag.substring(2);
      }
      if (tag.equals(currentTag)) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String opaque) {
    return '"' + opaque + '"';
  }
}
