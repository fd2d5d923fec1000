package com.profileservice.profile;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an account is in use. Computed when read rather than stored by a scheduled job: it is
 * then exact to the second, needs no writes, and cannot lag behind a verification.
 */
public enum AccountStatus {
  ACTIVE,
  INACTIVE;

  /** Active while the address is verified, or while it is new enough to be verified still. */
  static AccountStatus of(Instant unverifiedSince, Instant now, Duration grace) {
    return unverifiedSince == null || !now.isAfter(unverifiedSince.plus(grace)) ? ACTIVE : INACTIVE;
  }
}
