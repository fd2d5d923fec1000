package com.profileservice.legal;

import static com.profileservice.legal.LegalRequests.PROBLEM;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.intake;
import static com.profileservice.legal.LegalRequests.intakeToken;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalAccessTest {

  /** Method, path and body of every /legal endpoint. */
  private static List<Object[]> legalEndpoints(long id) {
    Map<String, Object> filing = body("SUBPOENA", List.of("nobody"), List.of("email"));
    Map<String, Object> decision = Map.of("approve", false, "reason", "no");
    return List.of(
        new Object[] {"POST", "/legal/requests", filing},
        new Object[] {"GET", "/legal/requests", null},
        new Object[] {"GET", "/legal/requests/" + id, null},
        new Object[] {"POST", "/legal/requests/" + id + "/decision", decision},
        new Object[] {"POST", "/legal/requests/" + id + "/disclosure", null},
        new Object[] {"POST", "/legal/requests/" + id + "/hold-extension", null},
        new Object[] {"GET", "/legal/audit", null},
        new Object[] {"GET", "/legal/audit/verify", null});
  }

  @Test
  void usersAndInternalServicesAreForbiddenEveryLegalEndpoint() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    for (String role : new String[] {"user", "mailer", "comments", "phonepost", "analyst"}) {
      String token = Tokens.withRoles(Profiles.newSubject(), role);
      for (Object[] endpoint : legalEndpoints(id)) {
        call(given().auth().oauth2(token), endpoint).then().statusCode(403).contentType(PROBLEM);
      }
    }
  }

  @Test
  void anonymousCallersGet401OnEveryLegalEndpoint() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    for (Object[] endpoint : legalEndpoints(id)) {
      call(given(), endpoint)
          .then()
          .statusCode(401)
          .contentType(PROBLEM)
          .header("WWW-Authenticate", containsString("Bearer"));
    }
  }

  @Test
  void onlyLegalIntakeFilesRequests() {
    LegalRequests.file(
            reviewerToken(reviewer()), body("SUBPOENA", List.of(someProfile()), List.of("email")))
        .statusCode(403);
  }

  @Test
  void onlyReviewersDecideDiscloseOrExtend() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    String intakeOnly = intakeToken(intake());

    LegalRequests.decide(intakeOnly, id, Map.of("approve", false, "reason", "no")).statusCode(403);
    LegalRequests.disclose(intakeOnly, id).statusCode(403);
    LegalRequests.extendHold(intakeOnly, id).statusCode(403);
  }

  @Test
  void bothLegalRolesReadRequestsAndVerifyTheAudit() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    for (String token : List.of(intakeToken(intake()), reviewerToken(reviewer()))) {
      LegalRequests.get(token, "/legal/requests/" + id).statusCode(200);
      LegalRequests.get(token, "/legal/requests").statusCode(200);
      LegalRequests.get(token, "/legal/audit/verify").statusCode(200);
      LegalRequests.get(token, "/legal/audit").statusCode(200);
    }
  }

  @Test
  void legalStaffCannotReadOwnerNotices() {
    LegalRequests.get(reviewerToken(reviewer()), "/me/disclosures").statusCode(403);
    given().get("/me/disclosures").then().statusCode(401);
  }

  private static io.restassured.response.Response call(
      RequestSpecification request, Object[] endpoint) {
    if (endpoint[2] != null) {
      request.contentType(ContentType.JSON).body(endpoint[2]);
    }
    return endpoint[0].equals("GET")
        ? request.get((String) endpoint[1])
        : request.post((String) endpoint[1]);
  }
}
