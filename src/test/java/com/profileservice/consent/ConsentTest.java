package com.profileservice.consent;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentTest {

  private String subject;
  private String token;

  @BeforeEach
  void createProfile() {
    subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    token = Tokens.user(subject);
  }

  @Test
  void everyConsentStartsWithdrawn() {
    given()
        .auth()
        .oauth2(token)
        .get("/me/consents")
        .then()
        .statusCode(200)
        .body(
            "name",
            contains("directory_listing", "comment_notifications", "news", "comment_ip_logging"))
        .body("granted", everyItem(equalTo(false)));
  }

  @Test
  void policyDescribesEachConsentWithItsMeaningAndDefault() {
    given()
        .get("/policy")
        .then()
        .body("consents", hasSize(PrivacyPolicy.consents().size()))
        .body("consents.find { it.name == 'news' }.defaultGranted", equalTo(false))
        .body(
            "consents.find { it.name == 'news' }.meaning", equalTo("Send me the service's news."));
  }

  @Test
  void grantingAndWithdrawingIsRecordedInTheLedgerNewestFirst() {
    put("news", true).statusCode(200).body("name", equalTo("news")).body("granted", equalTo(true));
    put("news", false).statusCode(200).body("granted", equalTo(false));

    history()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.kind", contains("CONSENT", "CONSENT"))
        .body("items.item", contains("news", "news"))
        .body("items.oldValue", contains("true", "false"))
        .body("items.newValue", contains("false", "true"))
        .body("items[0].actor", equalTo(subject))
        .body("items[0].channel", equalTo("api"))
        .body("items[0].policyVersion", equalTo(PrivacyPolicy.VERSION));
  }

  @Test
  void settingTheValueItAlreadyHasRecordsNothing() {
    put("news", false).statusCode(200).body("granted", equalTo(false));
    put("directory_listing", true).statusCode(200);
    put("directory_listing", true).statusCode(200);

    history().body("totalItems", equalTo(1));
  }

  @Test
  void consentChangeBumpsTheOwnerViewVersion() {
    put("news", true).statusCode(200);

    given()
        .auth()
        .oauth2(token)
        .get("/me")
        .then()
        .body("version", equalTo(1))
        .body("consents.news", equalTo(true))
        .header("ETag", equalTo("\"v1\""));
  }

  @Test
  void historyIsPaged() {
    put("news", true);
    put("news", false);
    put("news", true);

    given()
        .auth()
        .oauth2(token)
        .queryParam("page", 1)
        .queryParam("size", 2)
        .get("/me/consents/history")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(3))
        .body("items[0].newValue", equalTo("true"))
        .body("items[0].oldValue", equalTo("false"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("size", 101)
        .get("/me/consents/history")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(token)
        .queryParam("page", Integer.MAX_VALUE)
        .get("/me/consents/history")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(token)
        .queryParam("page", "many")
        .get("/me/consents/history")
        .then()
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  @Test
  void unknownConsentIs404() {
    put("sell_my_data", true)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", endsWith("unknown-consent"));
  }

  @Test
  void missingGrantedIs422AndMalformedBodyIs400() {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .put("/me/consents/news")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"granted\": tru")
        .put("/me/consents/news")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("granted", true, "extra", 1))
        .put("/me/consents/news")
        .then()
        .statusCode(400);
  }

  @Test
  void callerWithoutProfileGets404() {
    String stranger = Tokens.user(newSubject());
    given().auth().oauth2(stranger).get("/me/consents").then().statusCode(404);
    given()
        .auth()
        .oauth2(stranger)
        .contentType(ContentType.JSON)
        .body(Map.of("granted", true))
        .put("/me/consents/news")
        .then()
        .statusCode(404);
    given().auth().oauth2(stranger).get("/me/consents/history").then().statusCode(404);
  }

  @Test
  void onlyTheOwnerRoleMayReadOrChangeConsents() {
    given().get("/me/consents").then().statusCode(401);
    given().get("/me/consents/history").then().statusCode(401);
    for (String role : new String[] {"mailer", "comments", "legal-reviewer"}) {
      String other = Tokens.withRoles(subject, role);
      given().auth().oauth2(other).get("/me/consents").then().statusCode(403);
      given().auth().oauth2(other).get("/me/consents/history").then().statusCode(403);
      given()
          .auth()
          .oauth2(other)
          .contentType(ContentType.JSON)
          .body(Map.of("granted", true))
          .put("/me/consents/news")
          .then()
          .statusCode(403);
    }
  }

  private ValidatableResponse put(String consent, boolean granted) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("granted", granted))
        .put("/me/consents/" + consent)
        .then();
  }

  private ValidatableResponse history() {
    return given().auth().oauth2(token).get("/me/consents/history").then();
  }
}
