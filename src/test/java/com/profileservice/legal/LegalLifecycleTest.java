package com.profileservice.legal;

import static com.profileservice.legal.LegalRequests.PROBLEM;
import static com.profileservice.legal.LegalRequests.approval;
import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.file;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.filedBy;
import static com.profileservice.legal.LegalRequests.get;
import static com.profileservice.legal.LegalRequests.intake;
import static com.profileservice.legal.LegalRequests.intakeToken;
import static com.profileservice.legal.LegalRequests.rejection;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Database;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LegalLifecycleTest {

  @Inject Database database;

  @ParameterizedTest
  @ValueSource(strings = {"SUBPOENA", "COURT_ORDER", "STATUTE", "SEARCH_WARRANT"})
  void requestGoesFromReceivedThroughApprovedToFulfilled(String basis) {
    String handle = someProfile();
    String filer = intake();
    String reviewer = reviewer();
    List<String> fields = List.of("handle", "email", "createdAt");

    var filing =
        file(intakeToken(filer), body(basis, List.of(handle), fields))
            .statusCode(201)
            .body("state", equalTo("RECEIVED"))
            .body("legalBasis", equalTo(basis))
            .body("targetHandles", contains(handle))
            .body("requestedFields", contains("handle", "email", "createdAt"))
            .body("filedBy", equalTo(filer))
            .body("decision", nullValue())
            .extract();
    long id = filing.jsonPath().getLong("id");
    assertTrue(filing.header("Location").endsWith("/legal/requests/" + id));

    decide(reviewerToken(reviewer), id, approval(List.of("email", "handle")))
        .statusCode(200)
        .body("state", equalTo("APPROVED"))
        .body("decision.approved", equalTo(true))
        .body("decision.approvedFields", contains("handle", "email"))
        .body("decision.decidedBy", equalTo(reviewer))
        .body("hold", nullValue());

    disclose(reviewerToken(reviewer), id)
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("requestId", equalTo((int) id))
        .body("legalBasis", equalTo(basis))
        .body("fields", contains("handle", "email"))
        .body("targets", hasSize(1))
        .body("targets[0].target", equalTo(handle))
        .body("targets[0].fields.handle", equalTo(handle))
        .body("targets[0].fields.email", equalTo(handle + "@example.org"))
        .body("disclosedAt", notNullValue());

    get(reviewerToken(reviewer), "/legal/requests/" + id)
        .statusCode(200)
        .body("state", equalTo("FULFILLED"))
        .body("fulfilment.fulfilledBy", equalTo(reviewer));
    assertEquals(
        List.of("FILED", "DECIDED", "DISCLOSED"),
        database
            .rows("select action from legal_audit_entry where request_id = $1 order by seq", id)
            .stream()
            .map(row -> row.getString(0))
            .toList());
  }

  @Test
  void preservationRequestIsApprovedWithAHoldAndNeverFulfilled() {
    String handle = someProfile();
    long id = filed(body("PRESERVATION", List.of(handle), List.of()));

    decide(reviewerToken(reviewer()), id, approval(List.of()))
        .statusCode(200)
        .body("state", equalTo("APPROVED"))
        .body("hold.expiresAt", notNullValue())
        .body("hold.extended", equalTo(false));

    disclose(reviewerToken(reviewer()), id)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", endsWith("nothing-to-disclose"));
    get(reviewerToken(reviewer()), "/legal/requests/" + id).body("state", equalTo("APPROVED"));
  }

  @Test
  void rejectedRequestIsFinalAndDisclosesNothing() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));

    decide(reviewerToken(reviewer()), id, rejection())
        .statusCode(200)
        .body("state", equalTo("REJECTED"))
        .body("decision.approved", equalTo(false))
        .body("decision.approvedFields", hasSize(0));

    disclose(reviewerToken(reviewer()), id).statusCode(409).body("type", endsWith("not-approved"));
    assertEquals(
        0, database.count("select count(*) from legal_disclosure where request_id = $1", id));
  }

  @Test
  void reviewerCannotDecideOwnRequest() {
    String both = intake();
    long id = filedBy(both, body("SUBPOENA", List.of(someProfile()), List.of("email")));

    decide(reviewerToken(both), id, approval(List.of("email")))
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", endsWith("filer-cannot-decide"));
    get(reviewerToken(reviewer()), "/legal/requests/" + id).body("state", equalTo("RECEIVED"));
  }

  @Test
  void tokenHoldingBothRolesCannotDecideWhatItFiled() {
    String both = intake();
    String token = Tokens.withRoles(both, "legal-intake", "legal-reviewer");
    long id =
        file(token, body("COURT_ORDER", List.of(someProfile()), List.of("phone")))
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    decide(token, id, rejection()).statusCode(403).body("type", endsWith("filer-cannot-decide"));
  }

  @Test
  void decisionsAreFinal() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    approved(id, List.of("email"));

    decide(reviewerToken(reviewer()), id, rejection())
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", endsWith("already-decided"));
    decide(reviewerToken(reviewer()), id, approval(List.of("email"))).statusCode(409);
    get(reviewerToken(reviewer()), "/legal/requests/" + id).body("state", equalTo("APPROVED"));
  }

  @Test
  void disclosureBeforeApprovalIsAConflict() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));

    disclose(reviewerToken(reviewer()), id).statusCode(409).body("type", endsWith("not-approved"));
    get(reviewerToken(reviewer()), "/legal/requests/" + id).body("state", equalTo("RECEIVED"));
  }

  @Test
  void secondDisclosureReturnsTheSamePackageAndIsRecordedAsAnAccess() {
    String handle = someProfile();
    long id = filed(body("SUBPOENA", List.of(handle), List.of("name", "email", "createdAt")));
    approved(id, List.of("name", "email", "createdAt"));

    String first = disclose(reviewerToken(reviewer()), id).statusCode(200).extract().asString();
    // A later change to the profile must not change what was disclosed.
    com.profileservice.support.Profiles.patch(
            Tokens.user(subjectOf(handle)), Map.of("name", "Someone Else"))
        .statusCode(200);
    String second = disclose(reviewerToken(reviewer()), id).statusCode(200).extract().asString();

    assertEquals(first, second);
    assertEquals(
        List.of("FILED", "DECIDED", "DISCLOSED", "ACCESSED"),
        database
            .rows("select action from legal_audit_entry where request_id = $1 order by seq", id)
            .stream()
            .map(row -> row.getString(0))
            .toList());
    assertEquals(
        1, database.count("select count(*) from legal_disclosure where request_id = $1", id));
  }

  @Test
  void unknownRequestIdIs404Everywhere() {
    long unknown = Long.MAX_VALUE;
    get(intakeToken(intake()), "/legal/requests/" + unknown)
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", endsWith("legal-request-not-found"));
    decide(reviewerToken(reviewer()), unknown, rejection()).statusCode(404);
    disclose(reviewerToken(reviewer()), unknown).statusCode(404);
    LegalRequests.extendHold(reviewerToken(reviewer()), unknown).statusCode(404);
    get(intakeToken(intake()), "/legal/requests/not-a-number").statusCode(404);
  }

  @Test
  void requestListIsPagedNewestFirstAndFilteredByState() {
    String handle = someProfile();
    long older = filed(body("SUBPOENA", List.of(handle), List.of("email")));
    long newer = filed(body("SUBPOENA", List.of(handle), List.of("email")));
    long total = database.count("select count(*) from legal_request");

    get(intakeToken(intake()), "/legal/requests?page=0&size=1")
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo((int) newer))
        .body("page", equalTo(0))
        .body("size", equalTo(1))
        .body("totalItems", equalTo((int) total));
    get(reviewerToken(reviewer()), "/legal/requests?page=1&size=1")
        .statusCode(200)
        .body("items[0].id", equalTo((int) older))
        .body("items[0].targetHandles", contains(handle));

    approved(older, List.of("email"));
    get(intakeToken(intake()), "/legal/requests?state=APPROVED&size=100")
        .statusCode(200)
        .body("items.state", everyItem(equalTo("APPROVED")))
        .body(
            "totalItems",
            equalTo(
                (int)
                    database.count("select count(*) from legal_request where state = 'APPROVED'")));
  }

  @Test
  void badPagingOrStateIs422NamingTheParameter() {
    get(intakeToken(intake()), "/legal/requests?size=101")
        .statusCode(422)
        .body("errors.field", contains("size"));
    get(intakeToken(intake()), "/legal/requests?state=PENDING")
        .statusCode(422)
        .body("errors.field", contains("state"));
  }

  private String subjectOf(String handle) {
    return database
        .rows("select subject from profile where lower(handle) = lower($1)", handle)
        .get(0)
        .getString(0);
  }
}
