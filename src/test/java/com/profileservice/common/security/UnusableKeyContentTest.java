package com.profileservice.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key location that can be read but holds no key stops start-up too. */
@QuarkusMainTest
@TestProfile(UnusableKeyContentTest.NotAKey.class)
class UnusableKeyContentTest {

  /** A classpath resource that exists and is no key. */
  static final String LOCATION = "application.properties";

  public static final class NotAKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Refusing to start is logged as an ERROR, on purpose: it is the operator's cue and what
      // this test reads. It is kept out of the suite's log, which must hold no ERROR (SuiteLogIT).
      return Map.of(
          "mp.jwt.verify.publickey.location",
          LOCATION,
          "quarkus.log.handler.file.\"suite\".enabled",
          "false");
    }
  }

  @Test
  @Launch(
      value = {},
      exitCode = 1)
  void resourceThatHoldsNoKeyStopsStartUpNamingTheSetting(LaunchResult result) {
    String output = result.getOutput() + result.getErrorOutput();
    assertTrue(
        output.contains(
            "mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) = " + LOCATION),
        output);
    assertTrue(output.contains("holds no usable key"), output);
    // The message names the setting, never what the resource holds.
    assertFalse(output.contains("quarkus.http.port"), output);
    assertFalse(output.contains("Listening on"), output);
  }
}
