package com.profileservice.common.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Stops start-up when the verification key cannot be read or holds no key. smallrye-jwt reads it
 * only when the first token arrives, so a missing file used to give a service that reported ready
 * and answered every authenticated request with 500. A remote key source (http or https) is not
 * checked here: an identity provider that is down for a moment must not stop a restart, and {@link
 * KeySourceWatch} reports it through readiness instead.
 */
@ApplicationScoped
class VerificationKeyCheck {

  private final JWTAuthContextInfo contextInfo;
  private final Config config;

  VerificationKeyCheck(JWTAuthContextInfo contextInfo, Config config) {
    this.contextInfo = contextInfo;
    this.config = config;
  }

  // Before the scheduler starts (it observes at priority 0): an application that will not start
  // must not run its jobs while it stops.
  private static final int BEFORE_THE_SCHEDULER = -1;

  void verify(@Observes @Priority(BEFORE_THE_SCHEDULER) StartupEvent started) {
    KeySetting setting = KeySetting.from(config);
    JWTAuthContextInfo info;
    try {
      // The producer reads a local key when first asked; it fails here if it cannot.
      info = new JWTAuthContextInfo(contextInfo);
    } catch (RuntimeException e) {
      throw new UnusableVerificationKey(
          "The verification key named by "
              + setting.describe()
              + " cannot be read: no such file or classpath resource, or not readable. Set it to"
              + " the identity provider's public key (PEM or JWK) or its JWKS URL.");
    }
    if (KeySourceWatch.isRemote(info)
        || info.getPublicVerificationKey() != null
        || info.getSecretVerificationKey() != null) {
      return;
    }
    if (!VerificationKeyProbe.holdsKey(info)) {
      throw new UnusableVerificationKey(
          "The verification key named by "
              + setting.describe()
              + " holds no usable key: expected a PEM public key or certificate, a JWK or a JWK"
              + " set for "
              + info.getSignatureAlgorithm()
              + ".");
    }
  }

  /** Start-up refused because of the verification key; the message names the setting. */
  static final class UnusableVerificationKey extends RuntimeException {
    UnusableVerificationKey(String message) {
      super(message, null, false, false);
    }
  }
}
