package com.profileservice.verification;

import com.profileservice.verification.VerificationMails.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Issues verification tokens inside the caller's transaction and returns the messages to send once
 * it commits. Used by the profile feature when an address is added or changed.
 */
@ApplicationScoped
public class EmailVerifications {

  private final EmailVerificationRepository tokens;
  private final VerificationMails mails;
  private final VerificationConfig config;
  private final Clock clock;

  public EmailVerifications(
      EmailVerificationRepository tokens,
      VerificationMails mails,
      VerificationConfig config,
      Clock clock) {
    this.tokens = tokens;
    this.mails = mails;
    this.config = config;
    this.clock = clock;
  }

  /** A new token for {@code email}; earlier unused tokens of the profile stop working. */
  public Uni<Outbox> issue(long profileId, String email) {
    String token = VerificationTokens.newToken();
    Instant now = Instant.now(clock);
    EmailVerification verification = new EmailVerification();
    verification.profileId = profileId;
    verification.email = email;
    verification.tokenHash = VerificationTokens.hash(token);
    verification.createdAt = now;
    verification.expiresAt = now.plus(config.tokenLifetime());
    return tokens
        .discardUnused(profileId)
        .chain(() -> tokens.persist(verification))
        .map(saved -> new Outbox(java.util.List.of(mails.verification(email, token))));
  }

  /** Verification for the new address, and word of the change to the old one. */
  public Uni<Outbox> changeRequested(long profileId, String oldEmail, String newEmail) {
    return issue(profileId, newEmail)
        .map(outbox -> outbox.and(new Outbox(java.util.List.of(mails.changeNotice(oldEmail)))));
  }

  /** The owner went back to the address in use: a pending change's token must not work. */
  public Uni<Void> cancel(long profileId) {
    return tokens.discardUnused(profileId).replaceWithVoid();
  }
}
