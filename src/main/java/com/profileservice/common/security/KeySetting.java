package com.profileservice.common.security;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * The setting that names the verification key, resolved in smallrye-jwt's order, so that a message
 * can tell an operator which variable to fix without repeating the key itself.
 */
record KeySetting(String property, String location) {

  private static final String INLINE_KEY = "mp.jwt.verify.publickey";
  private static final String INLINE_SECRET = "smallrye.jwt.verify.secretkey";
  private static final String KEY_LOCATION = "smallrye.jwt.verify.key.location";
  private static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

  // smallrye-jwt's default for each of these settings, meaning "not set".
  private static final String UNSET = "NONE";

  static KeySetting from(Config config) {
    if (value(config, INLINE_KEY) != null) {
      return new KeySetting(INLINE_KEY, null);
    }
    if (value(config, INLINE_SECRET) != null) {
      return new KeySetting(INLINE_SECRET, null);
    }
    String property = value(config, KEY_LOCATION) != null ? KEY_LOCATION : PUBLIC_KEY_LOCATION;
    return new KeySetting(property, value(config, property));
  }

  private static String value(Config config, String property) {
    return config
        .getOptionalValue(property, String.class)
        .map(String::trim)
        .filter(value -> !value.isEmpty() && !value.equals(UNSET))
        .orElse(null);
  }

  /** {@code mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION)}. */
  String named() {
    return property + " (" + property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")";
  }

  /** The setting and, for a location, its value: a path or URL, never key material. */
  String describe() {
    return location == null ? named() : named() + " = " + location;
  }
}
