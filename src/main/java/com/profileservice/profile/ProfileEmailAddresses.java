package com.profileservice.profile;

import com.profileservice.verification.ProfileAddresses;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The profile's side of email verification: its addresses, read and confirmed under its lock. */
@ApplicationScoped
class ProfileEmailAddresses implements ProfileAddresses {

  private final ProfileAccounts accounts;

  ProfileEmailAddresses(ProfileAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Uni<Addresses> lockBySubject(String subject) {
    return accounts
        .lockBySubject(subject)
        .map(a -> new Addresses(a.id(), a.email(), a.emailVerified(), a.pendingEmail()));
  }

  @Override
  public Uni<Boolean> confirm(long profileId, String email) {
    return accounts.confirmEmail(profileId, email);
  }
}
