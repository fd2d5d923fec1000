package com.profileservice.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How a remote verification key source (an http(s) {@code mp.jwt.verify.publickey.location}, as a
 * JWKS endpoint is) is watched for readiness ({@code profile.jwt.*}).
 */
@ConfigMapping(prefix = "profile.jwt")
public interface KeySourceConfig {

  /** How often the key source is fetched (read by its {@code @Scheduled} expression). */
  @WithDefault("30s")
  String keyCheckEvery();

  /** A fetch that has not answered in this time counts as failed. */
  @WithDefault("5s")
  Duration keyCheckTimeout();
}
