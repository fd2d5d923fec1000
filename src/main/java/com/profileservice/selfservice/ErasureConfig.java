package com.profileservice.selfservice;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of erasure ({@code profile.erasure.*}). Nothing injects it: Quarkus registers a mapping,
 * and with it the default the scheduler's expression reads, only when it is injected or kept.
 */
@Unremovable
@ConfigMapping(prefix = "profile.erasure")
public interface ErasureConfig {

  /**
   * How often frozen copies of erased profiles are checked against the holds that keep them (read
   * by the {@code @Scheduled} expression of {@link ErasureService#releaseExpired()}); {@code off}
   * stops the job.
   */
  @WithDefault("1h")
  String releaseEvery();
}
