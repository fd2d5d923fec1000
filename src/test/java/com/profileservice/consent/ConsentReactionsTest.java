package com.profileservice.consent;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consent reactions run inside the consent change's transaction and fail with it. */
@QuarkusTest
class ConsentReactionsTest {

  private static final String COMMENT_IP_LOGGING = "comment_ip_logging";

  @Inject Database database;
  @Inject FailingConsentReaction failingReaction;

  private String subject;
  private String handle;

  @BeforeEach
  void createProfileWithALoggedComment() {
    subject = newSubject();
    handle = newHandle();
    Profiles.create(subject, minimal(handle));
    changeConsent(true).statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("commentId", "c1", "ip", "192.0.2.10", "postedAt", Instant.now().toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void stopFailing() {
    failingReaction.stopFailingFor(subject);
  }

  @Test
  void aFailingReactionRollsBackTheWithdrawalAndTheLogPurgedWithIt() {
    long ledgerBefore = ledgerEntries();
    failingReaction.failFor(subject);

    changeConsent(false).statusCode(503);

    // The comment-IP log's reaction had purged the log in the same transaction...
    assertEquals(0L, failingReaction.loggedAddressesSeenBy(subject));
    // ...and the failure undid that purge, the consent change and its ledger entry alike.
    assertEquals(1, loggedAddresses());
    assertEquals(ledgerBefore, ledgerEntries());
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/consents")
        .then()
        .statusCode(200)
        .body("find { it.name == '" + COMMENT_IP_LOGGING + "' }.granted", equalTo(true));
  }

  @Test
  void withoutAFailureTheWithdrawalCommitsWithThePurge() {
    long ledgerBefore = ledgerEntries();

    changeConsent(false).statusCode(200);

    assertEquals(0, loggedAddresses());
    assertEquals(ledgerBefore + 1, ledgerEntries());
  }

  private ValidatableResponse changeConsent(boolean granted) {
    return given()
        .auth()
        .oauth2(Tokens.user(subject))
        .contentType(ContentType.JSON)
        .body(Map.of("granted", granted))
        .put("/me/consents/" + COMMENT_IP_LOGGING)
        .then();
  }

  private long loggedAddresses() {
    return database.count(
        "select count(*) from comment_ip c join profile p on p.id = c.profile_id"
            + " where p.subject = $1",
        subject);
  }

  private long ledgerEntries() {
    return database.count("select count(*) from privacy_ledger where owner_subject = $1", subject);
  }
}
