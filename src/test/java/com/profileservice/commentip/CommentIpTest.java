package com.profileservice.commentip;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentIpTest {

  @Inject Database database;
  @Inject CommentIpService service;

  private String subject;
  private String handle;

  @BeforeEach
  void createProfile() {
    subject = newSubject();
    handle = newHandle();
    Profiles.create(subject, minimal(handle));
  }

  @Test
  void addressIsLoggedWhileTheOwnerConsentsAndOnlyTheOwnerReadsIt() {
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);

    report("c1", "192.0.2.10", Instant.parse("2026-11-01T10:00:00Z")).statusCode(201);
    report("c2", "2001:db8::1", Instant.parse("2026-11-02T10:00:00Z")).statusCode(201);

    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/comment-ips")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.commentId", contains("c2", "c1"))
        .body("items.ip", contains("2001:db8::1", "192.0.2.10"));
    given().auth().oauth2(Tokens.user(newSubject())).get("/me/comment-ips").then().statusCode(404);
  }

  @Test
  void withoutConsentTheReportIsAcceptedAndNothingIsStored() {
    report("c1", "192.0.2.10", Instant.now()).statusCode(202);

    assertEquals(0, storedForHandle());
  }

  @Test
  void retriedReportIsStoredOnce() {
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);
    report("same", "192.0.2.10", Instant.now()).statusCode(201);
    report("same", "192.0.2.10", Instant.now()).statusCode(201);

    assertEquals(1, storedForHandle());
  }

  @Test
  void withdrawingTheConsentDeletesTheLogAtOnce() {
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);
    report("c1", "192.0.2.10", Instant.now()).statusCode(201);

    Consents.set(Tokens.user(subject), "comment_ip_logging", false);

    assertEquals(0, storedForHandle());
    report("c2", "192.0.2.11", Instant.now()).statusCode(202);
    assertEquals(0, storedForHandle());
  }

  @Test
  void invalidAddressIs422AndNoNameIsResolved() {
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);
    for (String bad : new String[] {"999.1.1.1", "localhost", "example.org", "1.2.3"}) {
      report("c-" + bad, bad, Instant.now())
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("ip"));
    }
  }

  @Test
  void missingFieldsAre422() {
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("ip", "192.0.2.1"))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(422);
  }

  @Test
  void unknownHandleIs404() {
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("commentId", "c", "ip", "192.0.2.1", "postedAt", Instant.now().toString()))
        .post("/internal/profiles/nosuchhandle/comment-ips")
        .then()
        .statusCode(404);
  }

  /** The retention job, run as its scheduler runs it: on a Vert.x context, outside any request. */
  @Nested
  class RetentionJob {

    @BeforeEach
    void logOneCommentOlderAndOneYoungerThanTheRetentionPeriod() {
      Consents.set(Tokens.user(subject), "comment_ip_logging", true);
      report("old", "192.0.2.1", Instant.now().minus(Duration.ofDays(91))).statusCode(201);
      report("young", "192.0.2.2", Instant.now().minus(Duration.ofDays(89))).statusCode(201);
    }

    @Test
    @RunOnVertxContext
    void purgesEntriesOlderThanTheRetentionPeriod(UniAsserter asserter) {
      asserter.execute(() -> service.purgeExpired());
      asserter.assertThat(
          () ->
              database.select(
                  "select c.comment_id from comment_ip c join profile p on p.id = c.profile_id"
                      + " where p.handle = $1",
                  handle),
          rows -> assertEquals(List.of("young"), rows.stream().map(r -> r.getString(0)).toList()));
    }
  }

  @Test
  void onlyTheCommentsServiceMayReportAndOnlyUsersReadTheirOwn() {
    Map<String, Object> body =
        Map.of("commentId", "c", "ip", "192.0.2.1", "postedAt", Instant.now().toString());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(401);
    for (String role : new String[] {"user", "mailer", "phonepost", "analyst"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles(subject, role))
          .contentType(ContentType.JSON)
          .body(body)
          .post("/internal/profiles/" + handle + "/comment-ips")
          .then()
          .statusCode(403);
    }
    given().get("/me/comment-ips").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.withRoles(subject, "comments"))
        .get("/me/comment-ips")
        .then()
        .statusCode(403);
  }

  @Test
  void loggedAddressesNeverReachTheLogs() {
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);
    try (CapturedLogs logs = CapturedLogs.all()) {
      report("c1", "198.51.100.77", Instant.now()).statusCode(201);
      report("c2", "not-an-ip-198.51.100.78", Instant.now()).statusCode(422);
      assertFalse(
          logs.lines().stream().anyMatch(l -> l.contains("198.51.100.7")),
          () -> logs.lines().toString());
    }
    assertTrue(storedForHandle() > 0);
  }

  private long storedForHandle() {
    return database.count(
        "select count(*) from comment_ip c join profile p on p.id = c.profile_id where p.handle = $1",
        handle);
  }

  private ValidatableResponse report(String commentId, String ip, Instant postedAt) {
    return given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("commentId", commentId, "ip", ip, "postedAt", postedAt.toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then();
  }
}
