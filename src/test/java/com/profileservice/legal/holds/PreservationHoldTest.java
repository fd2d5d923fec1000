package com.profileservice.legal.holds;

import static com.profileservice.legal.LegalRequests.PROBLEM;
import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.extendHold;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.rejection;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.legal.LegalRequests;
import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreservationHoldTest {

  @Inject PreservationHoldService holds;
  @Inject Database database;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void approvedPreservationHoldsEveryTargetForNinetyDays() {
    String first = Profiles.newSubject();
    String second = Profiles.newSubject();
    String bystander = Profiles.newSubject();
    long id = filed(body("PRESERVATION", List.of(profileOf(first), profileOf(second)), List.of()));
    profileOf(bystander);
    assertFalse(isHeld(first));

    approved(id, List.of());

    assertTrue(isHeld(first));
    assertTrue(isHeld(second));
    assertFalse(isHeld(bystander));
    var rows =
        database.rows(
            "select placed_at, expires_at from preservation_hold where request_id = $1", id);
    assertEquals(2, rows.size());
    rows.forEach(
        row ->
            assertEquals(
                Duration.ofDays(90),
                Duration.between(
                    row.getOffsetDateTime(0).toInstant(), row.getOffsetDateTime(1).toInstant())));
  }

  @Test
  void holdEndsNinetyDaysAfterApproval() {
    String subject = Profiles.newSubject();
    long id = filed(body("PRESERVATION", List.of(profileOf(subject)), List.of()));
    approved(id, List.of());

    clock.advance(Duration.ofDays(90).minusMinutes(1));
    assertTrue(isHeld(subject));
    clock.advance(Duration.ofMinutes(2));
    assertFalse(isHeld(subject));
  }

  @Test
  void reviewerCanExtendAHoldOnceByNinetyDays() {
    String subject = Profiles.newSubject();
    long id = filed(body("PRESERVATION", List.of(profileOf(subject)), List.of()));
    String before =
        LegalRequests.decide(reviewerToken(reviewer()), id, LegalRequests.approval(List.of()))
            .statusCode(200)
            .extract()
            .path("hold.expiresAt");

    String after =
        extendHold(reviewerToken(reviewer()), id)
            .statusCode(200)
            .body("hold.extended", equalTo(true))
            .extract()
            .path("hold.expiresAt");

    assertEquals(
        Duration.ofDays(90),
        Duration.between(Instant.parse(before), OffsetDateTime.parse(after).toInstant()));
    clock.advance(Duration.ofDays(179));
    assertTrue(isHeld(subject));
    clock.advance(Duration.ofDays(2));
    assertFalse(isHeld(subject));
    assertEquals(
        1,
        database.count(
            "select count(*) from legal_audit_entry where request_id = $1 and action ="
                + " 'HOLD_EXTENDED'",
            id));
  }

  @Test
  void secondExtensionIsAConflict() {
    long id = filed(body("PRESERVATION", List.of(someProfile()), List.of()));
    approved(id, List.of());
    extendHold(reviewerToken(reviewer()), id).statusCode(200);

    extendHold(reviewerToken(reviewer()), id)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", endsWith("hold-already-extended"));
  }

  @Test
  void onlyAnApprovedPreservationRequestHasAHoldToExtend() {
    long subpoena = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    approved(subpoena, List.of("email"));
    long received = filed(body("PRESERVATION", List.of(someProfile()), List.of()));
    long rejected = filed(body("PRESERVATION", List.of(someProfile()), List.of()));
    decide(reviewerToken(reviewer()), rejected, rejection()).statusCode(200);

    for (long id : new long[] {subpoena, received, rejected}) {
      extendHold(reviewerToken(reviewer()), id)
          .statusCode(409)
          .body("type", endsWith("no-hold-to-extend"));
    }
  }

  @Test
  void endedHoldCannotBeExtended() {
    long id = filed(body("PRESERVATION", List.of(someProfile()), List.of()));
    approved(id, List.of());
    clock.advance(Duration.ofDays(91));

    extendHold(reviewerToken(reviewer()), id).statusCode(409).body("type", endsWith("hold-ended"));
  }

  @Test
  void preservationRequestThatIsNotApprovedHoldsNothing() {
    String received = Profiles.newSubject();
    filed(body("PRESERVATION", List.of(profileOf(received)), List.of()));
    String rejected = Profiles.newSubject();
    long id = filed(body("PRESERVATION", List.of(profileOf(rejected)), List.of()));
    decide(reviewerToken(reviewer()), id, rejection()).statusCode(200);

    assertFalse(isHeld(received));
    assertFalse(isHeld(rejected));
  }

  @Test
  void holdQueryIsOneSqlStatement() {
    String subject = Profiles.newSubject();
    long id = filed(body("PRESERVATION", List.of(profileOf(subject)), List.of()));
    approved(id, List.of());

    try (CapturedLogs sql = CapturedLogs.of("org.hibernate.SQL")) {
      assertTrue(isHeld(subject));
      assertEquals(1, sql.lines().size(), () -> "statements: " + sql.lines());
    }
  }

  private static String profileOf(String subject) {
    return Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
  }

  private boolean isHeld(String subject) {
    try {
      return VertxContextSupport.subscribeAndAwait(() -> holds.isHeld(subject));
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
