package com.profileservice.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for the identity provider of a deployment: tells the packaged application which issuer
 * and key to trust (the dev key pair in {@code dev/jwt}, as production sets its own provider's
 * through {@code MP_JWT_VERIFY_*}), and mints tokens signed with that key.
 */
public final class DevIdentityProvider implements QuarkusTestResourceLifecycleManager {

  public static final String ISSUER = "https://profile-service.dev/issuer";
  // Integration tests run from the project directory.
  private static final Path KEYS = Path.of("dev", "jwt").toAbsolutePath();

  @Override
  public Map<String, String> start() {
    return Map.of(
        "mp.jwt.verify.issuer",
        ISSUER,
        "mp.jwt.verify.publickey.location",
        KEYS.resolve("public-key.pem").toString());
  }

  @Override
  public void stop() {
    // Nothing runs: the settings are all there is.
  }

  /** A token of an account holder whose subject is {@code subject}. */
  public static String user(String subject) {
    return withRoles(subject, "user");
  }

  /** A token of {@code subject} holding {@code roles}. */
  public static String withRoles(String subject, String... roles) {
    return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(roles)).expiresIn(300).sign(key());
  }

  private static PrivateKey key() {
    try {
      return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve("private-key.pem")));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the dev signing key in " + KEYS, e);
    }
  }
}
