package com.profileservice.consent;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.ProblemException;
import com.profileservice.ledger.LedgerEntryView;
import com.profileservice.ledger.PrivacyLedger;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.profile.ProfileAccounts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading and changing the owner's consents; each change lands in the ledger with it. */
@ApplicationScoped
public class ConsentService {

  private final ProfileAccounts accounts;
  private final PrivacyLedger ledger;

  public ConsentService(ProfileAccounts accounts, PrivacyLedger ledger) {
    this.accounts = accounts;
    this.ledger = ledger;
  }

  @WithSession
  public Uni<List<ConsentState>> current(String subject) {
    return accounts
        .bySubject(subject)
        .map(
            account ->
                PrivacyPolicy.consents().stream()
                    .map(c -> new ConsentState(c.name(), c.meaning(), account.consented(c.name())))
                    .toList());
  }

  /** Withdrawal counts from this commit on: every reader looks the consent up when it acts. */
  @WithTransaction
  public Uni<ConsentState> change(String subject, String name, boolean granted) {
    return Uni.createFrom()
        .item(() -> PrivacyPolicy.consent(name).orElseThrow(UnknownConsent::new))
        .call(consent -> accounts.changeConsent(subject, name, granted))
        .map(consent -> new ConsentState(name, consent.meaning(), granted));
  }

  @WithSession
  public Uni<Page<LedgerEntryView>> history(String subject, PageRequest page) {
    return accounts.bySubject(subject).chain(account -> ledger.history(subject, page));
  }

  static final class UnknownConsent extends ProblemException {
    UnknownConsent() {
      super(
          404,
          "unknown-consent",
          "Unknown consent",
          "No consent has this name; GET /policy lists them.");
    }
  }
}
