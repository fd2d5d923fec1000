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

/** A verification key that cannot be read stops start-up, instead of failing every request. */
@QuarkusMainTest
@TestProfile(MissingKeyFileTest.MissingKeyFile.class)
class MissingKeyFileTest {

  static final String LOCATION = "/nonexistent/profile-service/verification-key.pem";

  public static final class MissingKeyFile implements QuarkusTestProfile {
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
  void missingKeyFileStopsStartUpNamingTheSetting(LaunchResult result) {
    String output = result.getOutput() + result.getErrorOutput();
    assertTrue(output.contains("mp.jwt.verify.publickey.location"), output);
    assertTrue(output.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), output);
    assertTrue(output.contains(LOCATION), output);
    assertFalse(output.contains("Listening on"), output);
  }
}
