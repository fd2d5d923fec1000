package com.profileservice.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Settings of the demographic statistics ({@code profile.stats.*}). */
@ConfigMapping(prefix = "profile.stats")
public interface StatsConfig {

  /** The smallest count published as a number; smaller counts are reported as suppressed. */
  @WithDefault("10")
  @Min(1)
  int k();
}
