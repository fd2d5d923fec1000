package com.profileservice.common.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Reads a key exactly as smallrye-jwt will when the first token arrives (PEM key, PEM certificate,
 * JWK or JWK set, with the configured key format and algorithm), to learn now whether it will find
 * one. smallrye-jwt resolves the key lazily and, when the content is no key, fails each request
 * instead of the start-up.
 */
final class VerificationKeyProbe extends KeyLocationResolver {

  private VerificationKeyProbe(JWTAuthContextInfo info) throws UnresolvableKeyException {
    super(info);
  }

  /** Whether the key content or location {@code info} holds yields a verification key. */
  static boolean holdsKey(JWTAuthContextInfo info) {
    try {
      VerificationKeyProbe probe = new VerificationKeyProbe(info);
      return probe.key != null || (probe.jsonWebKeys != null && !probe.jsonWebKeys.isEmpty());
    } catch (UnresolvableKeyException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code content}, fetched from the configured location, yields a verification key. */
  static boolean holdsKey(JWTAuthContextInfo info, String content) {
    JWTAuthContextInfo fetched = new JWTAuthContextInfo(info);
    fetched.setPublicKeyLocation(null);
    fetched.setPublicKeyContent(content);
    return holdsKey(fetched);
  }
}
