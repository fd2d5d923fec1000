package com.profileservice.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.profileservice.common.http.EntityTags;
import com.profileservice.common.http.MergePatch;
import com.profileservice.common.persistence.UniqueViolations;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.profile.ProfileProblems.HandleTaken;
import com.profileservice.profile.ProfileProblems.NoProfileYet;
import com.profileservice.profile.ProfileProblems.ProfileAlreadyExists;
import com.profileservice.profile.ProfileProblems.ProfileNotFound;
import com.profileservice.profile.ProfileProblems.StalePrecondition;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The rules for creating, reading and changing profiles, each in its own transaction. */
@ApplicationScoped
public class ProfileService {

  private final ProfileRepository profiles;
  private final ProfileValidator validator;
  private final ObjectMapper json;
  private final Clock clock;

  public ProfileService(
      ProfileRepository profiles, ProfileValidator validator, ObjectMapper json, Clock clock) {
    this.profiles = profiles;
    this.validator = validator;
    this.json = json;
    this.clock = clock;
  }

  /** Validation comes first, so a refused document (card number, under 13) stores nothing. */
  @WithTransaction
  public Uni<OwnerProfile> create(String subject, ProfileInput input) {
    return Uni.createFrom()
        .item(() -> validator.validate(input))
        .call(valid -> refuseDuplicates(subject, valid.handle()))
        .map(valid -> newProfile(subject, valid))
        .call(profiles::persistAndFlush)
        .map(ProfileViews::ownerView)
        .onFailure(f -> UniqueViolations.constraintOf(f).isPresent())
        .transform(ProfileService::asConflict);
  }

  /** One SQL statement: the profile row by its handle. */
  @WithSession
  public Uni<PublicProfile> publicView(String handle) {
    return profiles
        .findByHandle(handle)
        .onItem()
        .ifNull()
        .failWith(ProfileNotFound::new)
        .map(ProfileViews::publicView);
  }

  @WithSession
  public Uni<OwnerProfile> ownerView(String subject) {
    return owned(subject).map(ProfileViews::ownerView);
  }

  /**
   * Applies a JSON merge patch to the owner's profile. {@code ifMatch} (null when absent) must name
   * the current version; the version column also fails a write that raced another.
   */
  @WithTransaction
  public Uni<OwnerProfile> update(String subject, ObjectNode patch, String ifMatch) {
    return owned(subject)
        .invoke(profile -> requireCurrent(profile, ifMatch))
        .call(
            profile -> {
              OwnerProfile current = ProfileViews.ownerView(profile);
              return patched(current, patch)
                  .map(input -> validator.validate(input))
                  .chain(valid -> applyIfChanged(profile, valid));
            })
        .map(ProfileViews::ownerView);
  }

  /** An unchanged document writes nothing, so the version and ETag stay as they were. */
  private Uni<Void> applyIfChanged(Profile profile, ValidProfile valid) {
    if (profile.holds(valid)) {
      return Uni.createFrom().voidItem();
    }
    profile.apply(valid, Instant.now(clock));
    return profiles.flush();
  }

  private Uni<Profile> owned(String subject) {
    return profiles.findBySubject(subject).onItem().ifNull().failWith(NoProfileYet::new);
  }

  private Uni<Void> refuseDuplicates(String subject, String handle) {
    return profiles
        .subjectHasProfile(subject)
        .invoke(
            exists -> {
              if (exists) {
                throw new ProfileAlreadyExists();
              }
            })
        .chain(() -> profiles.handleTaken(handle))
        .invoke(
            taken -> {
              if (taken) {
                throw new HandleTaken();
              }
            })
        .replaceWithVoid();
  }

  private Profile newProfile(String subject, ValidProfile valid) {
    Instant now = Instant.now(clock);
    Profile profile = new Profile();
    profile.subject = subject;
    profile.handle = valid.handle();
    profile.createdAt = now;
    profile.apply(valid, now);
    return profile;
  }

  private static void requireCurrent(Profile profile, String ifMatch) {
    if (ifMatch != null
        && !EntityTags.listMatches(ifMatch, EntityTags.ofVersion(profile.version), false)) {
      throw new StalePrecondition();
    }
  }

  /**
   * The owner's writable document with the patch applied; the handle may be repeated, not changed.
   */
  private Uni<ProfileInput> patched(OwnerProfile current, ObjectNode patch) {
    JsonNode handle = patch.get("handle");
    if (handle != null && !(handle.isTextual() && handle.asText().equals(current.handle()))) {
      return Uni.createFrom().failure(InvalidRequest.of("handle", "cannot be changed"));
    }
    JsonNode document = MergePatch.apply(json.valueToTree(current.asInput()), patch);
    try {
      return Uni.createFrom().item(json.treeToValue(document, ProfileInput.class));
    } catch (JsonProcessingException e) {
      // Reaches the problem mapper as it is: unknown and server-owned properties give 400.
      return Uni.createFrom().failure(e);
    }
  }

  private static Throwable asConflict(Throwable failure) {
    String constraint = UniqueViolations.constraintOf(failure).orElse("");
    return constraint.equals("profile_subject_key")
        ? new ProfileAlreadyExists()
        : new HandleTaken();
  }
}
