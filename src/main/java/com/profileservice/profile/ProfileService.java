package com.profileservice.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.profileservice.common.http.EntityTags;
import com.profileservice.common.http.MergePatch;
import com.profileservice.common.persistence.OwnerWrites;
import com.profileservice.common.persistence.UniqueViolations;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.events.ChangeEvents;
import com.profileservice.events.EventType;
import com.profileservice.ledger.PrivacyLedger;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.profile.ProfileProblems.HandleTaken;
import com.profileservice.profile.ProfileProblems.NoProfileYet;
import com.profileservice.profile.ProfileProblems.ProfileAlreadyExists;
import com.profileservice.profile.ProfileProblems.StalePrecondition;
import com.profileservice.verification.EmailVerifications;
import com.profileservice.verification.VerificationConfig;
import com.profileservice.verification.VerificationMails;
import com.profileservice.verification.VerificationMails.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.StaleStateException;

/**
 * The rules for creating, reading and changing profiles. Writes run in one transaction with their
 * ledger entries and verification tokens; messages go out only after it commits.
 */
@ApplicationScoped
public class ProfileService {

  /** Fresh attempts of a patch without If-Match whose row changed under it; see {@link #update}. */
  private static final int STALE_RETRIES = 3;

  private final OwnerWrites writes;
  private final ProfileRepository profiles;
  private final ProfileValidator validator;
  private final PrivacyLedger ledger;
  private final EmailVerifications verifications;
  private final VerificationMails mails;
  private final VerificationConfig verificationConfig;
  private final ObjectMapper json;
  private final PublicViewChanges publicViews;
  private final Clock clock;
  // Change events (issue 13): appended last in each write's transaction.
  private final ChangeEvents events;
  private final PublicViewEvents publicViewEvents;

  public ProfileService(
      OwnerWrites writes,
      ProfileRepository profiles,
      ProfileValidator validator,
      PrivacyLedger ledger,
      EmailVerifications verifications,
      VerificationMails mails,
      VerificationConfig verificationConfig,
      ObjectMapper json,
      PublicViewChanges publicViews,
      Clock clock,
      ChangeEvents events,
      PublicViewEvents publicViewEvents) {
    this.writes = writes;
    this.profiles = profiles;
    this.validator = validator;
    this.ledger = ledger;
    this.verifications = verifications;
    this.mails = mails;
    this.verificationConfig = verificationConfig;
    this.json = json;
    this.publicViews = publicViews;
    this.clock = clock;
    this.events = events;
    this.publicViewEvents = publicViewEvents;
  }

  /** Validation comes first, so a refused document (card number, under 13) stores nothing. */
  public Uni<OwnerProfile> create(String subject, ProfileInput input) {
    return writes
        .serialise(subject, () -> Panache.withTransaction(() -> createProfile(subject, input)))
        .call(written -> mails.send(written.outbox()))
        .map(Written::view)
        .onFailure(f -> UniqueViolations.constraintOf(f).isPresent())
        .transform(ProfileService::asConflict);
  }

  @WithSession
  public Uni<OwnerProfile> ownerView(String subject) {
    return owned(subject).map(this::ownerView);
  }

  /**
   * Applies a JSON merge patch to the owner's profile. {@code ifMatch} (null when absent) must name
   * the current version.
   *
   * <p>The patch runs under the profile's row lock, so it reads the version the previous write
   * committed and no other write can slip in before it commits. Should the version column still
   * find the row changed (a writer that took no lock), a patch with If-Match answers 412, and one
   * without is applied again to the fresh row: the specification applies it to the current version.
   */
  public Uni<OwnerProfile> update(String subject, ObjectNode patch, String ifMatch) {
    return writes
        .serialise(subject, () -> updateInTransaction(subject, patch, ifMatch))
        .call(written -> mails.send(written.outbox()))
        .map(Written::view);
  }

  private Uni<Written> updateInTransaction(String subject, ObjectNode patch, String ifMatch) {
    Uni<Written> attempt =
        Uni.createFrom()
            .deferred(() -> Panache.withTransaction(() -> updateProfile(subject, patch, ifMatch)));
    return ifMatch == null
        ? attempt.onFailure(ProfileService::isStaleVersion).retry().atMost(STALE_RETRIES)
        : attempt.onFailure(ProfileService::isStaleVersion).transform(f -> new StalePrecondition());
  }

  private static boolean isStaleVersion(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }

  private Uni<Written> createProfile(String subject, ProfileInput input) {
    return Uni.createFrom()
        .item(() -> validator.validate(input))
        .call(valid -> refuseDuplicates(subject, valid.handle()))
        .map(valid -> newProfile(subject, valid))
        .call(profiles::persistAndFlush)
        .call(
            profile ->
                ledger.recordVisibility(
                    subject, PrivacyPolicy.defaultVisibility(), profile.visibility, subject))
        .chain(
            profile ->
                verifications
                    .issue(profile.id, profile.email)
                    .call(
                        () ->
                            events.append(
                                profile.id, profile.handle, EventType.PROFILE_CREATED, Map.of()))
                    .map(outbox -> new Written(ownerView(profile), outbox)));
  }

  private Uni<Written> updateProfile(String subject, ObjectNode patch, String ifMatch) {
    return profiles
        .lockBySubject(subject)
        .onItem()
        .ifNull()
        .failWith(NoProfileYet::new)
        .invoke(profile -> requireCurrent(profile, ifMatch))
        .chain(
            profile ->
                patched(profile, patch)
                    .map(validator::validate)
                    .chain(valid -> applyIfChanged(subject, profile, valid))
                    .map(outbox -> new Written(ownerView(profile), outbox)));
  }

  /** An unchanged document writes nothing, so the version and ETag stay as they were. */
  private Uni<Outbox> applyIfChanged(String subject, Profile profile, ValidProfile valid) {
    if (profile.holds(valid)) {
      return Uni.createFrom().item(Outbox.EMPTY);
    }
    var visibilityBefore = new LinkedHashMap<>(profile.visibility);
    var publicBefore = PublicViewEvents.snapshot(profile);
    profile.apply(valid, Instant.now(clock));
    publicViews.changed(profile.handle);
    return ledger
        .recordVisibility(subject, visibilityBefore, profile.visibility, subject)
        .chain(() -> requestEmail(profile, valid.email()))
        .call(profiles::flush)
        .call(() -> publicViewEvents.appendIfChanged(publicBefore, profile));
  }

  /**
   * A new address waits for verification while the old one stays in use; asking for the address in
   * use again drops the pending change.
   */
  private Uni<Outbox> requestEmail(Profile profile, String requested) {
    if (requested.equals(profile.requestedEmail())) {
      return Uni.createFrom().item(Outbox.EMPTY);
    }
    if (requested.equals(profile.email)) {
      profile.pendingEmail = null;
      return verifications.cancel(profile.id).replaceWith(Outbox.EMPTY);
    }
    profile.pendingEmail = requested;
    return verifications.changeRequested(profile.id, profile.email, requested);
  }

  private Uni<Profile> owned(String subject) {
    return profiles.findBySubject(subject).onItem().ifNull().failWith(NoProfileYet::new);
  }

  private OwnerProfile ownerView(Profile profile) {
    return ProfileViews.ownerView(profile, profile.status(Instant.now(clock), grace()));
  }

  private java.time.Duration grace() {
    return verificationConfig.verificationGrace();
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
    profile.email = valid.email();
    profile.unverifiedSince = now;
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
  private Uni<ProfileInput> patched(Profile current, ObjectNode patch) {
    JsonNode handle = patch.get("handle");
    if (handle != null && !(handle.isTextual() && handle.asText().equals(current.handle))) {
      return Uni.createFrom().failure(InvalidRequest.of("handle", "cannot be changed"));
    }
    JsonNode document = MergePatch.apply(json.valueToTree(ProfileViews.document(current)), patch);
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

  /** What a write produced: the new owner view, and the messages to send after commit. */
  private record Written(OwnerProfile view, Outbox outbox) {}
}
