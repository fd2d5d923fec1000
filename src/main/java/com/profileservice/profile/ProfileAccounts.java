package com.profileservice.profile;

import com.profileservice.events.ChangeEvents;
import com.profileservice.events.EventType;
import com.profileservice.ledger.PrivacyLedger;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.VisibilityFilter;
import com.profileservice.profile.ProfileProblems.NoProfileYet;
import com.profileservice.verification.VerificationConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What other features may know of and do to a profile, without its entity leaving this package:
 * account facts for look-ups, consent changes, and confirming a verified address. Each method joins
 * the caller's session or transaction.
 */
@ApplicationScoped
public class ProfileAccounts {

  private final ProfileRepository profiles;
  private final PrivacyLedger ledger;
  private final VerificationConfig verificationConfig;
  private final PublicViewChanges publicViews;
  private final Clock clock;
  // Change events (issue 13): appended last in each write's transaction.
  private final ChangeEvents events;
  private final PublicViewEvents publicViewEvents;

  public ProfileAccounts(
      ProfileRepository profiles,
      PrivacyLedger ledger,
      VerificationConfig verificationConfig,
      PublicViewChanges publicViews,
      Clock clock,
      ChangeEvents events,
      PublicViewEvents publicViewEvents) {
    this.profiles = profiles;
    this.ledger = ledger;
    this.verificationConfig = verificationConfig;
    this.publicViews = publicViews;
    this.clock = clock;
    this.events = events;
    this.publicViewEvents = publicViewEvents;
  }

  /** Whether an account unverified since then (null: verified) is active now. */
  public boolean activeNow(Instant unverifiedSince) {
    return AccountStatus.of(
            unverifiedSince, Instant.now(clock), verificationConfig.verificationGrace())
        == AccountStatus.ACTIVE;
  }

  /** The facts internal look-ups decide on; never shown to anyone as such. */
  public record Account(
      long id,
      String subject,
      String handle,
      String email,
      boolean emailVerified,
      String pendingEmail,
      AccountStatus status,
      Map<String, Boolean> consents,
      String pictureSha256,
      boolean picturePublic) {

    public boolean active() {
      return status == AccountStatus.ACTIVE;
    }

    public boolean consented(String consent) {
      return Boolean.TRUE.equals(consents.get(consent));
    }
  }

  /** Null when no profile has the handle. */
  public Uni<Account> byHandle(String handle) {
    return profiles.findByHandle(handle).map(p -> p == null ? null : account(p));
  }

  /**
   * Null when no profile has the handle. Holds a share lock on the row until the transaction ends,
   * for writes that act on the owner's consent: a withdrawal that is committing is waited for.
   */
  public Uni<Account> shareByHandle(String handle) {
    return profiles.shareByHandle(handle).map(p -> p == null ? null : account(p));
  }

  /** Fails with 404 when the caller has no profile. */
  public Uni<Account> bySubject(String subject) {
    return profiles
        .findBySubject(subject)
        .onItem()
        .ifNull()
        .failWith(NoProfileYet::new)
        .map(this::account);
  }

  /**
   * Locks the caller's profile row for the rest of the transaction; every write starts here, so
   * concurrent writes to one profile take turns. Fails with 404 when the caller has no profile.
   */
  public Uni<Account> lockBySubject(String subject) {
    return lockedProfile(subject).map(this::account);
  }

  /** Null when the subject has no profile (never had one, or erased it). */
  public Uni<Account> findBySubject(String subject) {
    return profiles.findBySubject(subject).map(p -> p == null ? null : account(p));
  }

  public Uni<List<Account>> byPhone(String phone) {
    return profiles.list("phone", phone).map(list -> list.stream().map(this::account).toList());
  }

  /**
   * Sets a consent and records the change in the ledger. Returns whether anything changed: setting
   * the value a consent already has records nothing.
   */
  public Uni<Boolean> changeConsent(String subject, String consent, boolean granted) {
    return lockedProfile(subject)
        .chain(
            profile -> {
              boolean before = profile.consented(consent);
              if (before == granted) {
                return Uni.createFrom().item(false);
              }
              profile.consents.put(consent, granted);
              profile.updatedAt = Instant.now(clock);
              return ledger
                  .recordConsent(subject, consent, before, granted, subject)
                  .chain(profiles::flush)
                  .call(
                      () ->
                          events.append(
                              profile.id,
                              profile.handle,
                              EventType.CONSENT_CHANGED,
                              Map.of("consent", consent, "granted", granted)))
                  .replaceWith(true);
            });
  }

  /**
   * Makes {@code email} the verified address in use, if it is still the one the owner asked for.
   * Returns false when the owner has since asked for another address.
   */
  public Uni<Boolean> confirmEmail(long profileId, String email) {
    return profiles
        .lockById(profileId)
        .chain(
            profile -> {
              if (profile == null || !email.equals(profile.requestedEmail())) {
                return Uni.createFrom().item(false);
              }
              Instant now = Instant.now(clock);
              AccountStatus statusBefore =
                  profile.status(now, verificationConfig.verificationGrace());
              var publicBefore = PublicViewEvents.snapshot(profile);
              profile.email = email;
              profile.pendingEmail = null;
              profile.emailVerified = true;
              profile.unverifiedSince = null;
              profile.updatedAt = now;
              publicViews.changed(profile.handle);
              AccountStatus statusAfter =
                  profile.status(now, verificationConfig.verificationGrace());
              return profiles
                  .flush()
                  .call(
                      () ->
                          events.append(
                              profile.id, profile.handle, EventType.EMAIL_VERIFIED, Map.of()))
                  .call(
                      () ->
                          statusAfter == statusBefore
                              ? Uni.createFrom().voidItem()
                              : events.append(
                                  profile.id,
                                  profile.handle,
                                  EventType.ACCOUNT_STATUS_CHANGED,
                                  Map.of("status", statusAfter.name())))
                  .call(() -> publicViewEvents.appendIfChanged(publicBefore, profile))
                  .replaceWith(true);
            });
  }

  /** Records that the profile's picture changed (null: removed); the owner view's version moves. */
  public Uni<Void> pictureChanged(long profileId, String sha256) {
    return profiles
        .lockById(profileId)
        .chain(
            profile -> {
              var publicBefore = PublicViewEvents.snapshot(profile);
              profile.pictureSha256 = sha256;
              profile.updatedAt = Instant.now(clock);
              publicViews.changed(profile.handle);
              return profiles
                  .flush()
                  .call(() -> publicViewEvents.appendIfChanged(publicBefore, profile));
            });
  }

  /**
   * Deletes the profile row; the database deletes what hangs off it (picture, verification tokens,
   * comment-IP log) in the same statement.
   *
   * <p>A query, never {@code session.remove}: Hibernate Reactive 3.2 removes an entity through one
   * delete coordinator per entity type, which keeps the running delete's future in a field shared
   * by every session. Two sessions removing profiles at once (any two profiles) cross their
   * futures: one continues on the other's thread (HR000069, HHH000099) and the other never
   * completes, leaving its transaction idle with the row locked and every later write to that
   * profile waiting on it. A delete query does not go through that coordinator.
   */
  public Uni<Void> erase(long profileId) {
    // The erasing transaction has locked, and so loaded, the profile: no further statement.
    return profiles
        .findById(profileId)
        .invoke(p -> publicViews.changed(p == null ? null : p.handle))
        .chain(() -> profiles.delete("id", profileId))
        .replaceWithVoid();
  }

  private Uni<Profile> lockedProfile(String subject) {
    return profiles.lockBySubject(subject).onItem().ifNull().failWith(NoProfileYet::new);
  }

  private Account account(Profile p) {
    Map<String, Boolean> consents = new LinkedHashMap<>();
    PrivacyPolicy.consents().forEach(c -> consents.put(c.name(), p.consented(c.name())));
    return new Account(
        p.id,
        p.subject,
        p.handle,
        p.email,
        p.emailVerified,
        p.pendingEmail,
        p.status(Instant.now(clock), verificationConfig.verificationGrace()),
        consents,
        p.pictureSha256,
        new VisibilityFilter(p.visibility).isPublic("picture"));
  }
}
