package com.profileservice.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of email verification ({@code profile.email.*}). */
@ConfigMapping(prefix = "profile.email")
public interface VerificationConfig {

  /** How long an account may stay unverified before it becomes INACTIVE. */
  @WithDefault("P14D")
  Duration verificationGrace();

  /** How long a verification token can be used. */
  @WithDefault("PT72H")
  Duration tokenLifetime();

  /** The shortest time between two verification messages for one profile. */
  @WithDefault("PT1M")
  Duration resendInterval();

  /** The page where people confirm; the token is appended as {@code ?token=...}. */
  Optional<String> verifyUrl();
}
