package com.profileservice.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.profileservice.common.http.EntityTags;
import com.profileservice.verification.VerificationConfig;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Anyone's view of a profile, as served: from the cache when it holds a fresh copy (no SQL, no
 * serialisation, no hashing), otherwise read with one statement, rendered and kept. Inactive
 * accounts look unknown.
 */
@Singleton
public class PublicViews {

  private final PublicViewCache cache;
  private final PublicViewQuery query;
  private final ObjectWriter writer;
  private final Duration grace;
  private final Clock clock;

  PublicViews(
      PublicViewCache cache,
      PublicViewQuery query,
      ObjectMapper json,
      VerificationConfig verificationConfig,
      Clock clock) {
    this.cache = cache;
    this.query = query;
    this.writer = json.writerFor(PublicProfile.class);
    this.grace = verificationConfig.verificationGrace();
    this.clock = clock;
  }

  /**
   * Fails with {@link ProfileNotFound} when no active profile has the handle. A Vert.x future, not
   * a Uni: see {@link PublicViewQuery}.
   */
  public Future<RenderedView> view(String handle) {
    String key = PublicViewCache.key(handle);
    if (key == null) {
      return Future.failedFuture(new ProfileNotFound());
    }
    RenderedView cached = cache.lookup(key);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    long ticket = cache.ticket(key);
    return query
        .find(handle)
        .map(
            profile -> {
              RenderedView view = render(profile);
              cache.keep(key, ticket, view);
              return view;
            });
  }

  private RenderedView render(Profile profile) {
    Instant now = Instant.now(clock);
    if (profile == null || profile.status(now, grace) != AccountStatus.ACTIVE) {
      throw new ProfileNotFound();
    }
    byte[] body;
    try {
      body = writer.writeValueAsBytes(ProfileViews.publicView(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a public view is always serialisable", e);
    }
    long freshUntil =
        profile.unverifiedSince == null
            ? RenderedView.FOREVER
            : profile.unverifiedSince.plus(grace).toEpochMilli();
    // The tag hashes the exact bytes served, so it changes exactly when the view does.
    return new RenderedView(body, EntityTags.ofContent(body), freshUntil);
  }
}
