package com.profileservice.commentip;

import com.profileservice.consent.ConsentChangeReaction;
import com.profileservice.consent.ConsentChanged;
import com.profileservice.profile.ProfileAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Withdrawing comment-IP logging deletes the log in the withdrawal's own transaction, so it is gone
 * when the withdrawal commits; a report waiting on the profile's share lock then sees the
 * withdrawal and stores nothing.
 */
@ApplicationScoped
class CommentIpConsentReaction implements ConsentChangeReaction {

  private final CommentIpRepository log;
  private final CommentIpHolds holds;
  private final ProfileAccounts accounts;

  CommentIpConsentReaction(
      CommentIpRepository log, CommentIpHolds holds, ProfileAccounts accounts) {
    this.log = log;
    this.holds = holds;
    this.accounts = accounts;
  }

  @Override
  public Uni<Void> react(ConsentChanged change) {
    if (change.granted() || !change.consent().equals(CommentIpService.CONSENT)) {
      return Uni.createFrom().voidItem();
    }
    // A hold freezes the log: it is kept until the hold ends (and purged by age then).
    return holds
        .keep(change.subject())
        .chain(
            kept ->
                kept
                    ? Uni.createFrom().voidItem()
                    : accounts
                        .bySubject(change.subject())
                        .chain(account -> log.purgeOwner(account.id()))
                        .replaceWithVoid());
  }
}
