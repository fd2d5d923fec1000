package com.profileservice.common.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The sizes of a request the service answers normally. The HTTP decoder's own ceilings
 * (quarkus.http.limits.max-initial-line-length and max-header-size) must stay above these, so that
 * a request over them reaches {@link RequestScreening} and is refused with a problem document.
 */
@ConfigMapping(prefix = "profile.input")
public interface InputLimits {

  /** Longest request target (path and query, as sent); a longer one is refused with 414. */
  @WithDefault("4096")
  int maxTargetLength();

  /** Largest total size of the request's header lines; larger headers are refused with 431. */
  @WithDefault("20K")
  MemorySize maxHeaderSize();
}
