package com.profileservice.legal.holds;

import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.commentip.CommentIpService;
import com.profileservice.selfservice.ErasureService;
import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How legal holds and approved requests constrain erasure and the comment-IP log. */
@QuarkusTest
class LegalHoldsAndErasureTest {

  @Inject Database database;
  @Inject TestClock clock;
  @Inject ErasureService erasures;
  @Inject CommentIpService commentIps;

  private String subject;
  private String handle;

  @BeforeEach
  void createProfileWithLoggedComment() {
    subject = Profiles.newSubject();
    handle = Profiles.newHandle();
    Map<String, Object> body = Profiles.minimal(handle);
    body.put("phone", "+3161" + (1_000_000 + new java.util.Random().nextInt(8_999_999)));
    Profiles.create(subject, body);
    Consents.set(Tokens.user(subject), "comment_ip_logging", true);
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("commentId", "c1", "ip", "198.51.100.5", "postedAt", Instant.now().toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void disclosureOfCommentIpsCarriesTheLoggedAddresses() {
    long id = filed(body("COURT_ORDER", List.of(handle), List.of("comment_ips", "name")));
    approved(id, List.of("comment_ips", "name"));

    disclose(reviewerToken(reviewer()), id)
        .statusCode(200)
        .body("targets[0].fields.comment_ips", hasSize(1))
        .body("targets[0].fields.comment_ips[0].ip", equalTo("198.51.100.5"));
  }

  @Test
  void erasureUnderAPreservationHoldKeepsAFrozenCopyOutOfTheOwnersReach() {
    preserve();

    erase();

    assertEquals(1, frozenCopies());
    given().auth().oauth2(Tokens.user(subject)).get("/me").then().statusCode(404);
    given().auth().oauth2(Tokens.user(subject)).get("/me/export").then().statusCode(404);
    given().get("/profiles/" + handle).then().statusCode(404);
  }

  @Test
  void frozenCopyIsReleasedWhenTheHoldEnds() {
    preserve();
    erase();

    runJob(() -> erasures.releaseExpired());
    assertEquals(1, frozenCopies(), "the hold still runs");

    clock.advance(Duration.ofDays(91));
    runJob(() -> erasures.releaseExpired());
    assertEquals(0, frozenCopies());
  }

  @Test
  void approvedRequestStillDisclosesFromTheFrozenCopyAfterErasure() {
    long id =
        filed(body("SEARCH_WARRANT", List.of(handle), List.of("name", "phone", "comment_ips")));
    approved(id, List.of("name", "phone", "comment_ips"));

    erase();
    assertEquals(1, frozenCopies(), "an approved, unfulfilled request keeps the data");

    disclose(reviewerToken(reviewer()), id)
        .statusCode(200)
        .body("targets[0].fields.name", equalTo("Test Person"))
        .body("targets[0].fields.comment_ips[0].ip", equalTo("198.51.100.5"));

    runJob(() -> erasures.releaseExpired());
    assertEquals(0, frozenCopies(), "once fulfilled, nothing keeps the copy");
  }

  @Test
  void withdrawingCommentIpLoggingUnderAHoldKeepsTheLog() {
    preserve();

    Consents.set(Tokens.user(subject), "comment_ip_logging", false);

    assertEquals(1, loggedEntries());
  }

  @Test
  void retentionPurgeSparesAHeldAccountUntilTheHoldEnds() {
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "commentId",
                "old",
                "ip",
                "198.51.100.6",
                "postedAt",
                Instant.now().minus(Duration.ofDays(100)).toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(201);
    preserve();

    runJob(() -> commentIps.purgeExpired());
    assertEquals(2, loggedEntries());

    clock.advance(Duration.ofDays(91));
    runJob(() -> commentIps.purgeExpired());
    assertEquals(0, loggedEntries(), "both are past retention once the hold is over");
  }

  @Test
  void exportListsDisclosuresOnceNoticed() {
    long id = filed(body("SUBPOENA", List.of(handle), List.of("name")));
    approved(id, List.of("name"));
    disclose(reviewerToken(reviewer()), id).statusCode(200);

    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/export")
        .then()
        .statusCode(200)
        .body("disclosures", hasSize(1))
        .body("disclosures[0].fields", contains("name"));
  }

  private void preserve() {
    long id = filed(body("PRESERVATION", List.of(handle), List.of()));
    approved(id, List.of());
  }

  private void erase() {
    given().auth().oauth2(Tokens.user(subject)).delete("/me").then().statusCode(204);
  }

  private long frozenCopies() {
    return database.count("select count(*) from frozen_profile where subject = $1", subject);
  }

  private long loggedEntries() {
    return database.count(
        "select count(*) from comment_ip c join profile p on p.id = c.profile_id where p.subject = $1",
        subject);
  }

  /**
   * Runs a scheduled job as the scheduler would, on a Vert.x context, and waits for it: these tests
   * interleave jobs with blocking HTTP calls, which must not run on the event loop.
   */
  private static void runJob(Supplier<Uni<Void>> job) {
    try {
      VertxContextSupport.subscribeAndAwait(job);
    } catch (Throwable failure) {
      throw new AssertionError("the job failed", failure);
    }
  }
}
