package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static com.profileservice.support.Profiles.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnerProfileTest {

  private static final String PROBLEM = "application/problem+json";

  private String subject;
  private String handle;
  private String token;

  @BeforeEach
  void createOwnProfile() {
    subject = newSubject();
    handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("website", "https://example.org/");
    body.put("phone", "+31612345678");
    Profiles.create(subject, body);
    token = Tokens.user(subject);
  }

  @Test
  void ownerSeesEveryFieldTheVisibilityMapAndAnEtag() {
    me().statusCode(200)
        .header("ETag", equalTo("\"v0\""))
        .body("handle", equalTo(handle))
        .body("email", equalTo(handle + "@example.org"))
        .body("phone", equalTo("+31612345678"))
        .body("birthday", nullValue())
        .body("gender", equalTo("UNSPECIFIED"))
        .body("visibility.phone", equalTo("PRIVATE"))
        .body("visibility.'im.jabber'", equalTo("PRIVATE"))
        .body("visibility.'location.zip'", equalTo("PRIVATE"))
        .body("visibility.picture", equalTo("PUBLIC"))
        .body("version", equalTo(0));
  }

  @Test
  void ownerViewAnswersIfNoneMatchWith304() {
    given()
        .auth()
        .oauth2(token)
        .header("If-None-Match", "\"v0\"")
        .get("/me")
        .then()
        .statusCode(304);
  }

  @Test
  void callerWithoutProfileGets404() {
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .get("/me")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", endsWith("no-profile-yet"));
  }

  @Test
  void patchChangesFieldsAndVisibilityAndBumpsTheVersion() {
    Map<String, Object> change = new HashMap<>();
    change.put("name", "New Name");
    change.put("website", null);
    change.put("location", Map.of("city", "Leiden", "country", "nl"));
    change.put("visibility", Map.of("email", "PUBLIC", "location.city", "PUBLIC"));

    patch(token, change)
        .statusCode(200)
        .header("ETag", equalTo("\"v1\""))
        .body("name", equalTo("New Name"))
        .body("website", nullValue())
        .body("phone", equalTo("+31612345678"))
        .body("location.city", equalTo("Leiden"))
        .body("location.country", equalTo("NL"))
        .body("visibility.email", equalTo("PUBLIC"))
        .body("version", equalTo(1));

    given()
        .get("/profiles/" + handle)
        .then()
        .body("email", equalTo(handle + "@example.org"))
        .body("location.city", equalTo("Leiden"))
        .body("location.country", nullValue())
        .body("website", nullValue());
  }

  @Test
  void nullVisibilityResetsTheFieldToItsDefault() {
    patch(token, Map.of("visibility", Map.of("website", "PRIVATE"))).statusCode(200);
    Map<String, Object> reset = new HashMap<>();
    reset.put("website", null);
    patch(token, Map.of("visibility", reset))
        .statusCode(200)
        .body("visibility.website", equalTo("PUBLIC"));
  }

  @Test
  void patchThatChangesNothingKeepsTheVersion() {
    patch(token, Map.of("name", "Test Person")).statusCode(200).header("ETag", equalTo("\"v0\""));
  }

  @Test
  void matchingIfMatchApplies() {
    patchIf("\"v0\"", Map.of("name", "Matched")).statusCode(200).body("name", equalTo("Matched"));
  }

  @Test
  void wildcardIfMatchAppliesToAnyVersion() {
    patch(token, Map.of("name", "First")).statusCode(200);
    patchIf("*", Map.of("name", "Second")).statusCode(200).body("name", equalTo("Second"));
  }

  @Test
  void staleIfMatchIs412AndNothingChanges() {
    patch(token, Map.of("name", "Changed Elsewhere")).statusCode(200);

    patchIf("\"v0\"", Map.of("name", "Lost Update"))
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", endsWith("stale-precondition"));

    me().body("name", equalTo("Changed Elsewhere")).body("version", equalTo(1));
  }

  @Test
  void weakEtagNeverSatisfiesIfMatch() {
    patchIf("W/\"v0\"", Map.of("name", "Weak")).statusCode(412);
  }

  @Test
  void visibilityThePolicyDoesNotAllowIs422AndNothingChanges() {
    for (String field : alwaysPrivateFields()) {
      patch(token, Map.of("visibility", Map.of(field, "PUBLIC")))
          .statusCode(422)
          .contentType(PROBLEM)
          .body("errors.field", hasItem("visibility." + field));
    }
    patch(token, Map.of("visibility", Map.of("handle", "PRIVATE")))
        .statusCode(422)
        .body("errors.field", hasItem("visibility.handle"));
    patch(token, Map.of("visibility", Map.of("nosuchfield", "PUBLIC")))
        .statusCode(422)
        .body("errors.field", hasItem("visibility.nosuchfield"));

    me().body("version", equalTo(0)).body("visibility.phone", equalTo("PRIVATE"));
  }

  @Test
  void handleCannotChange() {
    patch(token, Map.of("handle", "other" + handle.substring(0, 5)))
        .statusCode(422)
        .body("errors.field", hasItem("handle"));
    me().body("handle", equalTo(handle));
  }

  @Test
  void repeatingTheCurrentHandleIsHarmless() {
    patch(token, Map.of("handle", handle, "name", "Same Handle")).statusCode(200);
  }

  @Test
  void requiredFieldCannotBeCleared() {
    Map<String, Object> clear = new HashMap<>();
    clear.put("email", null);
    patch(token, clear).statusCode(422).body("errors.field", hasItem("email"));
  }

  @Test
  void unknownAndServerOwnedPropertiesAre400() {
    patch(token, Map.of("nickname", "x")).statusCode(400).contentType(PROBLEM);
    patch(token, Map.of("version", 7))
        .statusCode(400)
        .body("detail", containsString("set by the server"));
    patch(token, Map.of("createdAt", "2020-01-01T00:00:00Z")).statusCode(400);
    me().body("version", equalTo(0));
  }

  @Test
  void plainJsonIsNotAMergePatch() {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x"))
        .patch("/me")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void malformedPatchIs400() {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/merge-patch+json")
        .body("{name:")
        .patch("/me")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void cardNumberOnUpdateIs422AndNothingIsStored() {
    patch(token, Map.of("im", Map.of("aim", "378282246310005")))
        .statusCode(422)
        .body("errors.field", hasItem("im.aim"));
    me().body("im.aim", nullValue()).body("version", equalTo(0));
  }

  @Test
  void birthdayUnderThirteenOnUpdateIs422AndNothingIsStored() {
    String tenYearsOld = LocalDate.now(ZoneOffset.UTC).minusYears(10).toString();
    patch(token, Map.of("birthday", tenYearsOld))
        .statusCode(422)
        .body("errors.field", hasItem("birthday"));
    me().body("birthday", nullValue()).body("version", equalTo(0));
  }

  @Test
  void userCanOnlyEverChangeTheirOwnProfile() {
    String otherSubject = newSubject();
    String otherHandle = newHandle();
    Profiles.create(otherSubject, minimal(otherHandle));

    patch(Tokens.user(otherSubject), Map.of("name", "Other Changed")).statusCode(200);

    me().body("name", equalTo("Test Person")).body("handle", equalTo(handle));
    given()
        .auth()
        .oauth2(Tokens.user(otherSubject))
        .get("/me")
        .then()
        .body("handle", equalTo(otherHandle));
  }

  @Test
  void ownerApiNeverTakesAHandle() {
    given().auth().oauth2(token).get("/me/" + handle).then().statusCode(404);
    given().auth().oauth2(token).get("/profiles/" + handle + "/owner").then().statusCode(404);
  }

  @Test
  void anonymousCallerGets401OnTheOwnerApi() {
    given().get("/me").then().statusCode(401).contentType(PROBLEM);
    given()
        .contentType("application/merge-patch+json")
        .body(Map.of("name", "x"))
        .patch("/me")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void serviceRolesGet403OnTheOwnerApi() {
    for (String role : new String[] {"mailer", "legal-intake", "analyst"}) {
      String other = Tokens.withRoles(subject, role);
      given().auth().oauth2(other).get("/me").then().statusCode(403).contentType(PROBLEM);
      patch(other, Map.of("name", "x")).statusCode(403).contentType(PROBLEM);
    }
  }

  private static List<String> alwaysPrivateFields() {
    return PrivacyPolicy.fields().stream()
        .filter(FieldPolicy::alwaysPrivate)
        .map(FieldPolicy::field)
        .toList();
  }

  private ValidatableResponse me() {
    return given().auth().oauth2(token).get("/me").then();
  }

  private ValidatableResponse patchIf(String ifMatch, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", ifMatch)
        .contentType("application/merge-patch+json")
        .body(body)
        .patch("/me")
        .then();
  }
}
