package com.profileservice.lookup;

import com.profileservice.lookup.LookupProblems.AmbiguousPhone;
import com.profileservice.lookup.LookupProblems.NoSuchPhone;
import com.profileservice.lookup.LookupProblems.Refused;
import com.profileservice.lookup.LookupProblems.UnknownPurpose;
import com.profileservice.profile.ProfileAccounts;
import com.profileservice.profile.ProfileAccounts.Account;
import com.profileservice.profile.ProfileNotFound;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Purpose-bound look-ups for other services: one field, for one stated purpose, decided on the
 * state of the profile at this moment. Releases are counted by purpose, never logged.
 */
@ApplicationScoped
public class LookupService {

  static final String RELEASES = "profile.email.releases";
  static final String REFUSALS = "profile.email.refusals";

  private final ProfileAccounts accounts;
  private final MeterRegistry metrics;

  public LookupService(ProfileAccounts accounts, MeterRegistry metrics) {
    this.accounts = accounts;
    this.metrics = metrics;
  }

  @WithSession
  public Uni<EmailRelease> email(String handle, String purposeName) {
    return Uni.createFrom()
        .item(() -> MailPurpose.of(purposeName).orElseThrow(UnknownPurpose::new))
        .chain(
            purpose ->
                accounts
                    .byHandle(handle)
                    .onItem()
                    .ifNull()
                    .failWith(ProfileNotFound::new)
                    .map(account -> release(account, purpose)));
  }

  /** Only active profiles can be resolved, and only when the number names exactly one. */
  @WithSession
  public Uni<PhoneOwner> phoneOwner(String e164) {
    return accounts
        .byPhone(e164)
        .map(
            found -> {
              List<Account> active = found.stream().filter(Account::active).toList();
              if (active.isEmpty()) {
                throw new NoSuchPhone();
              }
              if (active.size() > 1) {
                throw new AmbiguousPhone();
              }
              return new PhoneOwner(active.get(0).handle());
            });
  }

  private EmailRelease release(Account account, MailPurpose purpose) {
    if (!account.active()) {
      throw refuse(purpose, "inactive", "The account is inactive.");
    }
    if (!account.emailVerified()) {
      throw refuse(purpose, "email_unverified", "The address is not verified.");
    }
    purpose
        .requiredConsent()
        .filter(consent -> !account.consented(consent))
        .ifPresent(
            consent -> {
              throw refuse(
                  purpose, "consent_missing", "The owner has not consented to " + consent + ".");
            });
    metrics.counter(RELEASES, "purpose", purpose.wireName()).increment();
    return new EmailRelease(account.email());
  }

  private Refused refuse(MailPurpose purpose, String reason, String detail) {
    metrics.counter(REFUSALS, "purpose", purpose.wireName(), "reason", reason).increment();
    return new Refused(reason, detail);
  }
}
