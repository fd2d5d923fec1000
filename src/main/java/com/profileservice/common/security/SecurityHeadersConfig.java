package com.profileservice.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The headers every response carries. */
@ConfigMapping(prefix = "profile.security-headers")
public interface SecurityHeadersConfig {

  /**
   * Which pages may show the service's responses in a frame. NOBODY in production; the Dev UI of
   * dev mode shows Swagger UI in a frame of its own page, so dev mode allows SAME_ORIGIN.
   */
  @WithDefault("NOBODY")
  Framing framing();

  /** A framing rule, in the legacy header and in the Content-Security-Policy directive. */
  enum Framing {
    NOBODY("DENY", "frame-ancestors 'none'"),
    SAME_ORIGIN("SAMEORIGIN", "frame-ancestors 'self'");

    final String frameOptions;
    final String contentSecurityPolicy;

    Framing(String frameOptions, String contentSecurityPolicy) {
      this.frameOptions = frameOptions;
      this.contentSecurityPolicy = contentSecurityPolicy;
    }
  }
}
