package com.profileservice.profile;

import com.profileservice.common.http.EntityTags;

/**
 * A public view as served: the exact bytes, their entity tag, and the instant (epoch millis) from
 * which it may no longer be served without reading the profile again.
 *
 * <p>{@code freshUntilMillis} is the end of an unverified account's grace period, after which the
 * account is inactive and its view a 404 though nothing was written; {@link Long#MAX_VALUE} for a
 * verified account, which changes only by a write.
 */
public record RenderedView(byte[] body, String etag, long freshUntilMillis) {

  static final long FOREVER = Long.MAX_VALUE;

  /** Whether an If-None-Match header names this view, so that the answer is a 304. */
  boolean matchedBy(String ifNoneMatch) {
    return ifNoneMatch != null
        && (ifNoneMatch.equals(etag) || EntityTags.listMatches(ifNoneMatch, etag, true));
  }

  /** Whether a view rendered earlier may still be served at {@code nowMillis}. */
  boolean freshAt(long nowMillis) {
    return nowMillis < freshUntilMillis;
  }
}
