package com.profileservice.profile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * The cache of rendered public views ({@code profile.public-view-cache.*}); see
 * docs/public-view-cache.md.
 */
@ConfigMapping(prefix = "profile.public-view-cache")
public interface PublicViewCacheConfig {

  /**
   * Off: every public view is read from the database and rendered again, and nothing listens for
   * changes. For benchmarks of the uncached path and for debugging ({@code
   * PROFILE_PUBLIC_VIEW_CACHE_ENABLED=false}).
   */
  @WithDefault("true")
  boolean enabled();

  /** Most views kept; beyond it the least useful go (Caffeine's size-based eviction). */
  @WithDefault("100000")
  @Positive
  long maximumSize();

  /**
   * Wait before listening again after the listening connection ended or could not be opened; the
   * cache is bypassed meanwhile.
   */
  @WithDefault("PT1S")
  Duration relistenAfter();
}
