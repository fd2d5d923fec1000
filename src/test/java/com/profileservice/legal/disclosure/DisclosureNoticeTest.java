package com.profileservice.legal.disclosure;

import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.rejection;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisclosureNoticeTest {

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void ownerIsToldOfADisclosureOnlyOnceTheNonDisclosureOrderHasPassed() {
    String subject = Profiles.newSubject();
    String handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    Instant gagEnds = Instant.now().plus(Duration.ofDays(30));
    Map<String, Object> request =
        with(
            body("SUBPOENA", List.of(handle), List.of("name", "email")),
            "nonDisclosureUntil",
            gagEnds.toString());
    fulfilled(request, List.of("email"));

    notices(subject).statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));

    clock.advance(Duration.ofDays(29));
    notices(subject).body("items", hasSize(0));

    clock.advance(Duration.ofDays(2));
    notices(subject)
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].legalBasis", equalTo("SUBPOENA"))
        .body("items[0].issuingAuthority", equalTo("District Court of Example County"))
        .body("items[0].fields", contains("email"))
        .body("items[0].disclosedAt", notNullValue());
  }

  @Test
  void withoutANonDisclosureOrderTheOwnerIsToldAtOnce() {
    String subject = Profiles.newSubject();
    String handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    fulfilled(body("COURT_ORDER", List.of(handle), List.of("phone", "email")), List.of("phone"));

    notices(subject).body("items", hasSize(1)).body("items[0].fields", contains("phone"));
  }

  @Test
  void nothingIsToldBeforeTheRequestIsFulfilled() {
    String subject = Profiles.newSubject();
    String handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    long received = filed(body("SUBPOENA", List.of(handle), List.of("email")));
    long approvedOnly = filed(body("SUBPOENA", List.of(handle), List.of("email")));
    approved(approvedOnly, List.of("email"));
    long rejected = filed(body("SUBPOENA", List.of(handle), List.of("email")));
    decide(reviewerToken(reviewer()), rejected, rejection()).statusCode(200);
    long preserved = filed(body("PRESERVATION", List.of(handle), List.of()));
    approved(preserved, List.of());

    notices(subject).body("items", hasSize(0));
    disclose(reviewerToken(reviewer()), received).statusCode(409);
  }

  @Test
  void ownerSeesOnlyDisclosuresAboutThemselvesWithoutReferenceOrOtherTargets() {
    String subject = Profiles.newSubject();
    String handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    String otherSubject = Profiles.newSubject();
    String other = Profiles.create(otherSubject, Profiles.minimal(Profiles.newHandle()));
    String bystander = Profiles.newSubject();
    Profiles.create(bystander, Profiles.minimal(Profiles.newHandle()));
    Map<String, Object> request = body("COURT_ORDER", List.of(handle, other), List.of("email"));
    fulfilled(request, List.of("email"));

    notices(subject)
        .body("items", hasSize(1))
        .body(not(containsString((String) request.get("referenceNumber"))))
        .body(not(containsString(other)))
        .body(not(containsString(handle)));
    notices(otherSubject).body("items", hasSize(1));
    notices(bystander).body("items", hasSize(0));
  }

  @Test
  void noticesArePagedNewestFirst() {
    String subject = Profiles.newSubject();
    String handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    fulfilled(body("SUBPOENA", List.of(handle), List.of("email")), List.of("email"));
    clock.advance(Duration.ofMinutes(1));
    fulfilled(body("STATUTE", List.of(handle), List.of("phone")), List.of("phone"));

    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/disclosures?page=0&size=1")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].legalBasis", equalTo("STATUTE"))
        .body("totalItems", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/disclosures?page=1&size=1")
        .then()
        .body("items[0].legalBasis", equalTo("SUBPOENA"));
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me/disclosures?size=0")
        .then()
        .statusCode(422)
        .body("errors.field", contains("size"));
  }

  @Test
  void callerWithoutAProfileSimplySeesNoNotices() {
    notices(Profiles.newSubject()).statusCode(200).body("items", hasSize(0));
  }

  private static void fulfilled(Map<String, Object> request, List<String> fields) {
    long id = filed(request);
    approved(id, fields);
    disclose(reviewerToken(reviewer()), id).statusCode(200);
  }

  private static ValidatableResponse notices(String subject) {
    return given().auth().oauth2(Tokens.user(subject)).get("/me/disclosures").then();
  }
}
