package com.profileservice.legal.requests;

import static com.profileservice.legal.LegalRequests.PROBLEM;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.file;
import static com.profileservice.legal.LegalRequests.intake;
import static com.profileservice.legal.LegalRequests.intakeToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static com.profileservice.legal.LegalRequests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalIntakeValidationTest {

  @Inject Database database;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void issuedOnInTheFutureIsRefused() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    refused(
        with(body("SUBPOENA", List.of(someProfile()), List.of("email")), "issuedOn", tomorrow),
        "issuedOn");
  }

  @Test
  void issuedOnIsJudgedByTheServiceClock() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    clock.advance(Duration.ofDays(2));

    file(
            intakeToken(intake()),
            with(body("SUBPOENA", List.of(someProfile()), List.of("email")), "issuedOn", tomorrow))
        .statusCode(201);
  }

  @Test
  void requestMustNameAtLeastOneTarget() {
    refused(body("SUBPOENA", List.of(), List.of("email")), "targetHandles");
    refused(
        with(body("SUBPOENA", List.of(), List.of("email")), "targetHandles", null),
        "targetHandles");
  }

  @Test
  void requestMayNameAtMostOneHundredTargets() {
    List<String> handles = IntStream.rangeClosed(1, 101).mapToObj(i -> "target_" + i).toList();

    refused(body("SUBPOENA", handles, List.of("email")), "targetHandles");
  }

  @Test
  void oneHundredTargetsAreAccepted() {
    List<String> handles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      handles.add(someProfile());
    }

    file(intakeToken(intake()), body("SUBPOENA", handles, List.of("email")))
        .statusCode(201)
        .body("targetHandles.size()", equalTo(100));
  }

  @Test
  void unknownHandlesAreNamedAndNothingIsStored() {
    String known = someProfile();
    String unknownA = Profiles.newHandle();
    String unknownB = Profiles.newHandle();
    long before = database.count("select count(*) from legal_request");

    file(
            intakeToken(intake()),
            body("SUBPOENA", List.of(unknownA, known, unknownB), List.of("email")))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", contains("targetHandles[0]", "targetHandles[2]"))
        .body("errors[0].message", containsString(unknownA))
        .body("errors[1].message", containsString(unknownB));

    assertEquals(before, database.count("select count(*) from legal_request"));
  }

  @Test
  void handlesAreMatchedIgnoringCaseButMayNotRepeat() {
    String handle = someProfile();

    file(intakeToken(intake()), body("SUBPOENA", List.of(handle.toUpperCase()), List.of("email")))
        .statusCode(201)
        .body("targetHandles", contains(handle));
    refused(
        body("SUBPOENA", List.of(handle, handle.toUpperCase()), List.of("email")),
        "targetHandles[1]");
    refused(body("SUBPOENA", List.of("no spaces"), List.of("email")), "targetHandles[0]");
  }

  @Test
  void unknownRequestedFieldIsRefused() {
    refused(
        body("COURT_ORDER", List.of(someProfile()), List.of("email", "creditCard")),
        "requestedFields[1]");
    refused(
        body("COURT_ORDER", List.of(someProfile()), List.of("email", "email")),
        "requestedFields[1]");
  }

  @Test
  void disclosingBasisMustRequestSomething() {
    refused(body("SUBPOENA", List.of(someProfile()), List.of()), "requestedFields");
    file(intakeToken(intake()), body("PRESERVATION", List.of(someProfile()), List.of()))
        .statusCode(201)
        .body("requestedFields", org.hamcrest.Matchers.empty());
  }

  @Test
  void intakeRecordsRequestedFieldsBeyondTheReachForTheReviewerToNarrow() {
    file(intakeToken(intake()), body("SUBPOENA", List.of(someProfile()), List.of("phone", "email")))
        .statusCode(201)
        .body("requestedFields", contains("email", "phone"));
  }

  @Test
  void everyBadValueIsNamedAtOnce() {
    Map<String, Object> bad =
        Map.of(
            "legalBasis", "HUNCH",
            "issuingAuthority", " ",
            "referenceNumber", "x".repeat(101),
            "issuedOn", "02/11/2026",
            "targetHandles", List.of(someProfile()),
            "requestedFields", List.of("email"),
            "nonDisclosureUntil", "next year");

    file(intakeToken(intake()), bad)
        .statusCode(422)
        .body(
            "errors.field",
            containsInAnyOrder(
                "legalBasis",
                "issuingAuthority",
                "referenceNumber",
                "issuedOn",
                "nonDisclosureUntil"));
  }

  @Test
  void cardNumberInTheAuthorityIsRefusedAndNotEchoed() {
    file(
            intakeToken(intake()),
            with(
                body("SUBPOENA", List.of(someProfile()), List.of("email")),
                "issuingAuthority",
                "Court 4111 1111 1111 1111"))
        .statusCode(422)
        .body("errors.field", hasItem("issuingAuthority"))
        .body(not(containsString("4111")));
  }

  @Test
  void unknownPropertyOrMalformedBodyIs400() {
    file(
            intakeToken(intake()),
            with(body("SUBPOENA", List.of(someProfile()), List.of("email")), "state", "APPROVED"))
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(intakeToken(intake()))
        .contentType(ContentType.JSON)
        .body("{\"legalBasis\": ")
        .post("/legal/requests")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(intakeToken(intake()))
        .contentType(ContentType.JSON)
        .post("/legal/requests")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  private static void refused(Map<String, Object> body, String field) {
    file(intakeToken(intake()), body)
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", contains(field));
  }
}
