package com.profileservice.verification;

import io.smallrye.mutiny.Uni;

/**
 * The email addresses of profiles, as verification reads and confirms them. The profile feature
 * implements it, so this feature never imports the profile it confirms addresses for. Each method
 * joins the caller's transaction.
 */
public interface ProfileAddresses {

  /**
   * A profile's addresses: the one in use, whether it is verified, and one waiting to replace it.
   */
  record Addresses(long profileId, String email, boolean emailVerified, String pendingEmail) {}

  /**
   * The caller's addresses, with the profile's row locked until the transaction ends; fails with
   * 404 when the caller has no profile.
   */
  Uni<Addresses> lockBySubject(String subject);

  /**
   * Makes {@code email} the verified address in use, if it is still the one the owner asked for.
   * Returns false when the owner has since asked for another address.
   */
  Uni<Boolean> confirm(long profileId, String email);
}
