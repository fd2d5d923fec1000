package com.profileservice.selfservice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of erasure ({@code profile.erasure.*}). */
@ConfigMapping(prefix = "profile.erasure")
public interface ErasureConfig {

  /**
   * How often frozen copies of erased profiles are checked against the holds that keep them, and
   * the period in which one replica runs that check ({@link ErasureService#releaseExpired()});
   * {@code off} stops the job.
   */
  @WithDefault("1h")
  String releaseEvery();
}
