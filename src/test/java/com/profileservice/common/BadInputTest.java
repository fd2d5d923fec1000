package com.profileservice.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No bad input gives a 500: each is refused with a 4xx problem document. */
@QuarkusTest
class BadInputTest {

  private static final String SUBJECT = Profiles.newSubject();
  private static boolean profileCreated;

  /** Once per class; RestAssured knows the test port only once a test runs. */
  @BeforeEach
  void createProfile() {
    if (!profileCreated) {
      Profiles.create(SUBJECT, Profiles.minimal(Profiles.newHandle()));
      profileCreated = true;
    }
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("user", "POST", "/profiles", "application/json", "[]"),
        Arguments.of("user", "POST", "/profiles", "application/json", "\"text\""),
        Arguments.of("user", "POST", "/profiles", "application/json", "null"),
        Arguments.of("user", "POST", "/profiles", "application/json", "{\"handle\": {\"a\": 1}}"),
        Arguments.of("user", "POST", "/profiles", "application/json", "{\"name\": 1e999}"),
        Arguments.of("user", "PATCH", "/me", "application/merge-patch+json", "[]"),
        Arguments.of("user", "PATCH", "/me", "application/merge-patch+json", "null"),
        Arguments.of(
            "user", "PATCH", "/me", "application/merge-patch+json", "{\"visibility\": []}"),
        Arguments.of(
            "user",
            "PATCH",
            "/me",
            "application/merge-patch+json",
            "{\"birthday\": \"2020-02-30\"}"),
        Arguments.of(
            "user", "PUT", "/me/consents/news", "application/json", "{\"granted\": \"maybe\"}"),
        Arguments.of("user", "PUT", "/me/picture", "image/png", ""),
        Arguments.of("user", "GET", "/me/comment-ips?size=-1", null, null),
        Arguments.of("user", "GET", "/me/disclosures?page=abc", null, null),
        Arguments.of(null, "POST", "/email-verifications", "application/json", "{\"token\": 5}"),
        Arguments.of(
            null,
            "POST",
            "/email-verifications",
            "application/json",
            "{\"token\": \"" + "x".repeat(5000) + "\"}"),
        Arguments.of(null, "GET", "/profiles/" + "a".repeat(3000), null, null),
        Arguments.of(null, "GET", "/directory?limit=abc", null, null),
        Arguments.of(null, "GET", "/directory?cursor=%25%25%25", null, null),
        Arguments.of(
            "comments",
            "POST",
            "/internal/profiles/x/comment-ips",
            "application/json",
            "{\"commentId\": \"c\", \"ip\": \"1.2.3.4\", \"postedAt\": \"yesterday\"}"),
        Arguments.of(
            "mailer", "GET", "/internal/profiles/x/email?purpose=" + "p".repeat(3000), null, null),
        Arguments.of("phonepost", "GET", "/internal/phonepost/not-a-number", null, null),
        Arguments.of("legal-intake", "GET", "/legal/requests/not-a-number", null, null),
        Arguments.of("legal-intake", "GET", "/legal/requests/99999999999999999999", null, null),
        Arguments.of("legal-intake", "GET", "/legal/requests?state=LOST", null, null),
        Arguments.of(
            "legal-intake",
            "POST",
            "/legal/requests",
            "application/json",
            "{\"legalBasis\": \"WHIM\"}"),
        Arguments.of("analyst", "GET", "/internal/stats/demographics?k=0", null, null));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badRequests")
  void isRefusedWithAProblemNotAServerError(
      String role, String method, String path, String contentType, String body) {
    RequestSpecification request = given().urlEncodingEnabled(false);
    if (role != null) {
      request = request.auth().oauth2(Tokens.withRoles(SUBJECT, role));
    }
    if (contentType != null) {
      request = request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
    }
    Response response = request.request(method, path);

    int status = response.statusCode();
    assertTrue(
        status < 500, () -> method + " " + path + " gave " + status + ": " + response.asString());
    if (status >= 400) {
      assertEquals("application/problem+json", response.contentType().split(";")[0]);
    }
  }
}
