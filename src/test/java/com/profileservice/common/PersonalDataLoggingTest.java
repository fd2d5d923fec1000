package com.profileservice.common;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static com.profileservice.support.Profiles.patch;
import static com.profileservice.support.Profiles.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataLoggingTest {

  @Test
  void logsNeverContainEmailPhoneBirthdayCardNumbersOrTokens() {
    String subject = newSubject();
    String handle = newHandle();
    String token = Tokens.user(subject);
    String email = handle + "@private.example.org";
    Map<String, Object> body = minimal(handle);
    body.put("email", email);
    body.put("phone", "+31687654321");
    body.put("birthday", "1977-07-07");

    try (CapturedLogs logs = CapturedLogs.all()) {
      post(token, body).statusCode(201);
      post(token, Map.of("handle", newHandle(), "name", "4012 8888 8888 1881", "email", email))
          .statusCode(422);
      post(
              Tokens.user(newSubject()),
              Map.of("handle", newHandle(), "name", "4012888888881881", "email", "x@example.org"))
          .statusCode(422);
      patch(token, Map.of("phone", "not a phone")).statusCode(422);
      patch(token, Map.of("email", "moved-" + email)).statusCode(200);
      given().auth().oauth2(token).get("/me").then().statusCode(200);
      given().auth().oauth2(Tokens.expired(subject)).get("/me").then().statusCode(401);

      // Proves the capture sees the service's log output, so an empty result means something.
      org.jboss.logging.Logger.getLogger("com.profileservice").info("capture-check");
      List<String> lines = logs.lines();
      assertTrue(lines.stream().anyMatch(line -> line.contains("capture-check")));
      for (String secret :
          List.of(
              email,
              "moved-" + email,
              "+31687654321",
              "1977-07-07",
              "4012888888881881",
              "4012 8888",
              token)) {
        assertFalse(
            lines.stream().anyMatch(line -> line.contains(secret)),
            () -> "a log line holds " + secret + ": " + lines);
      }
    }
  }
}
