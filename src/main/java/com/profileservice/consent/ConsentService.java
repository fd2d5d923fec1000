package com.profileservice.consent;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.persistence.OwnerWrites;
import com.profileservice.common.problem.ProblemException;
import com.profileservice.ledger.LedgerEntryView;
import com.profileservice.ledger.PrivacyLedger;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.profile.ProfileAccounts;
import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading and changing the owner's consents; each change lands in the ledger with it. */
@ApplicationScoped
public class ConsentService {

  private final OwnerWrites writes;
  private final ProfileAccounts accounts;
  private final PrivacyLedger ledger;
  private final List<ConsentChangeReaction> reactions;

  public ConsentService(
      OwnerWrites writes,
      ProfileAccounts accounts,
      PrivacyLedger ledger,
      @All List<ConsentChangeReaction> reactions) {
    this.writes = writes;
    this.accounts = accounts;
    this.ledger = ledger;
    this.reactions = reactions;
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

  /**
   * Withdrawal counts from this commit on: every reader looks the consent up when it acts, and
   * every {@link ConsentChangeReaction} (withdrawing comment-IP logging deletes the log) runs in
   * the same transaction, so a failing reaction rolls the change back.
   *
   * <p>The change runs under the profile's row lock, so concurrent changes take turns and each
   * answers the state its own transaction committed: the one it asked for.
   */
  public Uni<ConsentState> change(String subject, String name, boolean granted) {
    return Uni.createFrom()
        .item(() -> PrivacyPolicy.consent(name).orElseThrow(UnknownConsent::new))
        .call(
            consent ->
                writes.serialise(
                    subject, () -> Panache.withTransaction(() -> apply(subject, name, granted))))
        .map(consent -> new ConsentState(name, consent.meaning(), granted));
  }

  private Uni<Void> apply(String subject, String name, boolean granted) {
    ConsentChanged change = new ConsentChanged(subject, name, granted);
    Uni<Void> applied = accounts.changeConsent(subject, name, granted).replaceWithVoid();
    for (ConsentChangeReaction reaction : reactions) {
      applied = applied.chain(() -> reaction.react(change));
    }
    return applied;
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
