package com.profileservice.common.input;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * No bad input gives a 500: each is refused with the problem a client can act on, its status, its
 * type and, for an invalid value, the field it names.
 */
@QuarkusTest
class BadInputTest {

  private static final String MALFORMED = "malformed-request";
  private static final String INVALID = "validation-failed";
  private static final String NOT_FOUND = "about:blank";

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

  /** A request, and the refusal it must get: status, problem type and the field named, if any. */
  private record Bad(
      String role,
      String method,
      String path,
      String contentType,
      String body,
      int status,
      String type,
      String field) {

    @Override
    public String toString() {
      return method + " " + (path.length() > 60 ? path.substring(0, 60) + "..." : path);
    }
  }

  private static Arguments get(String role, String path, int status, String type, String field) {
    return Arguments.of(new Bad(role, "GET", path, null, null, status, type, field));
  }

  private static Arguments send(
      String role,
      String method,
      String path,
      String contentType,
      String body,
      int status,
      String type,
      String field) {
    return Arguments.of(new Bad(role, method, path, contentType, body, status, type, field));
  }

  static Stream<Arguments> badRequests() {
    String json = "application/json";
    String patch = "application/merge-patch+json";
    return Stream.of(
        send("user", "POST", "/profiles", json, "[]", 400, MALFORMED, null),
        send("user", "POST", "/profiles", json, "\"text\"", 400, MALFORMED, null),
        send("user", "POST", "/profiles", json, "null", 400, MALFORMED, null),
        send("user", "POST", "/profiles", json, "{\"handle\": {\"a\": 1}}", 422, INVALID, "handle"),
        send("user", "POST", "/profiles", json, "{\"name\": 1e999}", 422, INVALID, "name"),
        send("user", "PATCH", "/me", patch, "[]", 400, MALFORMED, null),
        send("user", "PATCH", "/me", patch, "null", 400, MALFORMED, null),
        send("user", "PATCH", "/me", patch, "{\"visibility\": []}", 422, INVALID, "visibility"),
        send(
            "user",
            "PATCH",
            "/me",
            patch,
            "{\"birthday\": \"2020-02-30\"}",
            422,
            INVALID,
            "birthday"),
        send(
            "user",
            "PUT",
            "/me/consents/news",
            json,
            "{\"granted\": \"maybe\"}",
            422,
            INVALID,
            "granted"),
        send("user", "PUT", "/me/picture", "image/png", "", 415, "picture-type-mismatch", null),
        get("user", "/me/comment-ips?size=-1", 422, INVALID, "size"),
        get("user", "/me/comment-ips?size=many", 422, INVALID, "size"),
        get("user", "/me/disclosures?page=abc", 422, INVALID, "page"),
        get("user", "/me/consents/history?page=1.5", 422, INVALID, "page"),
        send(null, "POST", "/email-verifications", json, "{\"token\": 5}", 422, INVALID, "token"),
        send(
            null,
            "POST",
            "/email-verifications",
            json,
            "{\"token\": \"" + "x".repeat(5000) + "\"}",
            422,
            INVALID,
            "token"),
        get(null, "/profiles/" + "a".repeat(3000), 404, "profile-not-found", null),
        get(null, "/directory?limit=abc", 422, INVALID, "limit"),
        get(null, "/directory?limit=99999999999", 422, INVALID, "limit"),
        get(null, "/directory?cursor=%25%25%25", 400, "invalid-cursor", null),
        send(
            "comments",
            "POST",
            "/internal/profiles/x/comment-ips",
            json,
            "{\"commentId\": \"c\", \"ip\": \"1.2.3.4\", \"postedAt\": \"yesterday\"}",
            422,
            INVALID,
            "postedAt"),
        get(
            "mailer",
            "/internal/profiles/x/email?purpose=" + "p".repeat(3000),
            400,
            "unknown-purpose",
            null),
        // A path segment that cannot be what it names identifies nothing: 404, not 422.
        get("phonepost", "/internal/phonepost/not-a-number", 404, "phone-not-found", null),
        get("legal-intake", "/legal/requests/not-a-number", 404, NOT_FOUND, null),
        get("legal-intake", "/legal/requests/99999999999999999999", 404, NOT_FOUND, null),
        get("legal-intake", "/legal/requests?state=LOST", 422, INVALID, "state"),
        get("legal-intake", "/legal/requests?size=x", 422, INVALID, "size"),
        send(
            "legal-intake",
            "POST",
            "/legal/requests",
            json,
            "{\"legalBasis\": \"WHIM\"}",
            422,
            INVALID,
            "legalBasis"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void isRefusedWithTheProblemItCausedNotAServerError(Bad bad) {
    RequestSpecification request = given().urlEncodingEnabled(false);
    if (bad.role() != null) {
      request = request.auth().oauth2(Tokens.withRoles(SUBJECT, bad.role()));
    }
    if (bad.contentType() != null) {
      request =
          request.contentType(bad.contentType()).body(bad.body().getBytes(StandardCharsets.UTF_8));
    }
    Response response = request.request(bad.method(), bad.path());

    assertEquals(bad.status(), response.statusCode(), response::asString);
    assertEquals("application/problem+json", response.contentType().split(";")[0]);
    String type =
        bad.type().startsWith("about:") ? bad.type() : "urn:profile-service:problem:" + bad.type();
    assertEquals(type, response.jsonPath().getString("type"), response::asString);
    if (bad.field() != null) {
      assertEquals(
          bad.field(), response.jsonPath().getString("errors[0].field"), response::asString);
    }
  }
}
