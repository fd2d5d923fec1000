package com.profileservice.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens as the identity provider would issue them, and the ways they go wrong. */
public final class Tokens {

  public static final String ISSUER = "https://profile-service.test/issuer";

  private Tokens() {}

  /** A token of an account holder whose subject is {@code subject}. */
  public static String user(String subject) {
    return withRoles(subject, "user");
  }

  public static String withRoles(String subject, String... roles) {
    return claims(subject, roles).sign();
  }

  public static String expired(String subject) {
    return claims(subject, "user")
        .issuedAt(Instant.now().minusSeconds(7200))
        .expiresAt(Instant.now().minusSeconds(3600))
        .sign();
  }

  public static String fromOtherIssuer(String subject) {
    return claims(subject, "user").issuer("https://someone-else.test/issuer").sign();
  }

  /** Right claims, signed by a key the service does not trust. */
  public static String signedByStranger(String subject) {
    return claims(subject, "user").sign(strangerKey());
  }

  public static String withoutSubject() {
    return Jwt.issuer(ISSUER).groups(Set.of("user")).expiresIn(300).sign();
  }

  /** Signed and valid, but {@code sub} is {@code subject} as given: empty, blank, anything. */
  public static String withRawSubject(String subject, String... roles) {
    return claims(subject, roles).sign();
  }

  /** Names its holder by {@code upn} alone, which the service never uses to find an account. */
  public static String withUpnOnly(String upn, String... roles) {
    return Jwt.issuer(ISSUER).upn(upn).groups(Set.of(roles)).expiresIn(300).sign();
  }

  private static JwtClaimsBuilder claims(String subject, String... roles) {
    return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(roles)).expiresIn(300);
  }

  private static PrivateKey strangerKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
