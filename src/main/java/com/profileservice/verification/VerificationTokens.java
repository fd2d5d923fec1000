package com.profileservice.verification;

import com.profileservice.common.crypto.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Makes unguessable tokens and the hashes under which they are stored. */
final class VerificationTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationTokens() {}

  /** 256 random bits, URL-safe. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A plain SHA-256 suffices: the token has 256 bits of entropy, so no dictionary or brute force
   * can invert the hash, and a deterministic hash lets the token be found by index.
   */
  static String hash(String token) {
    return Sha256.hex(token);
  }
}
