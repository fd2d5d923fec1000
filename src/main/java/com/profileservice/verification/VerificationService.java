package com.profileservice.verification;

import com.profileservice.common.persistence.OwnerWrites;
import com.profileservice.verification.VerificationMails.Outbox;
import com.profileservice.verification.VerificationProblems.NothingToVerify;
import com.profileservice.verification.VerificationProblems.TokenExpired;
import com.profileservice.verification.VerificationProblems.TokenSuperseded;
import com.profileservice.verification.VerificationProblems.TokenUsed;
import com.profileservice.verification.VerificationProblems.TooSoon;
import com.profileservice.verification.VerificationProblems.UnknownToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Verifying an address with its token, and sending a fresh message on request. */
@ApplicationScoped
public class VerificationService {

  private final OwnerWrites writes;
  private final EmailVerificationRepository tokens;
  private final EmailVerifications verifications;
  private final VerificationMails mails;
  private final ProfileAddresses addresses;
  private final VerificationConfig config;
  private final Clock clock;

  public VerificationService(
      OwnerWrites writes,
      EmailVerificationRepository tokens,
      EmailVerifications verifications,
      VerificationMails mails,
      ProfileAddresses addresses,
      VerificationConfig config,
      Clock clock) {
    this.writes = writes;
    this.tokens = tokens;
    this.verifications = verifications;
    this.mails = mails;
    this.addresses = addresses;
    this.config = config;
    this.clock = clock;
  }

  /** Single use: the token is marked used in the same transaction that confirms the address. */
  @WithTransaction
  public Uni<Void> verify(String token) {
    Instant now = Instant.now(clock);
    return tokens
        .findByHash(VerificationTokens.hash(token))
        .onItem()
        .ifNull()
        .failWith(UnknownToken::new)
        .invoke(
            verification -> {
              if (verification.usedAt != null) {
                throw new TokenUsed();
              }
              if (!now.isBefore(verification.expiresAt)) {
                throw new TokenExpired();
              }
            })
        .chain(
            verification ->
                addresses
                    .confirm(verification.profileId, verification.email)
                    .invoke(
                        confirmed -> {
                          if (!confirmed) {
                            throw new TokenSuperseded();
                          }
                          verification.usedAt = now;
                        }))
        .replaceWithVoid();
  }

  /** A new message for the pending address, or for the address in use while it is unverified. */
  public Uni<Void> resend(String subject) {
    return writes
        .serialise(subject, () -> Panache.withTransaction(() -> issueAgain(subject)))
        .call(mails::send)
        .replaceWithVoid();
  }

  private Uni<Outbox> issueAgain(String subject) {
    Instant now = Instant.now(clock);
    return addresses
        .lockBySubject(subject)
        .chain(
            account -> {
              String target =
                  account.pendingEmail() != null
                      ? account.pendingEmail()
                      : account.emailVerified() ? null : account.email();
              if (target == null) {
                return Uni.createFrom().failure(new NothingToVerify());
              }
              return tokens
                  .latestFor(account.profileId())
                  .invoke(latest -> refuseIfTooSoon(latest, now))
                  .chain(() -> verifications.issue(account.profileId(), target));
            });
  }

  private void refuseIfTooSoon(EmailVerification latest, Instant now) {
    if (latest == null) {
      return;
    }
    Instant allowedFrom = latest.createdAt.plus(config.resendInterval());
    if (now.isBefore(allowedFrom)) {
      long wait = Math.max(1, Duration.between(now, allowedFrom).toSeconds() + 1);
      throw new TooSoon(wait);
    }
  }
}
