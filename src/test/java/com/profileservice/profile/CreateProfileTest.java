package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static com.profileservice.support.Profiles.post;
import static com.profileservice.support.Profiles.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Database;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreateProfileTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject Database database;

  @Test
  void createsTheCallersProfileWithLocationEtagAndOwnerView() {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("birthday", "1990-05-04");
    body.put("im", Map.of("icq", "123456"));
    body.put("location", Map.of("country", "nl", "zip", "1012AB"));

    post(Tokens.user(newSubject()), body)
        .statusCode(201)
        .header("Location", endsWith("/profiles/" + handle))
        .header("ETag", equalTo("\"v0\""))
        .body("handle", equalTo(handle))
        .body("email", equalTo(handle + "@example.org"))
        .body("birthday", equalTo("1990-05-04"))
        .body("gender", equalTo("UNSPECIFIED"))
        .body("im.icq", equalTo("123456"))
        .body("im.aim", nullValue())
        .body("location.country", equalTo("NL"))
        .body("location.zip", equalTo("1012AB"))
        .body("visibility.email", equalTo("PRIVATE"))
        .body("visibility.website", equalTo("PUBLIC"))
        .body("visibility.birthday", equalTo("PRIVATE"))
        .body("version", equalTo(0))
        .body("createdAt", notNullValue())
        .body("updatedAt", notNullValue());
  }

  @Test
  void profileIsBoundToTheTokensSubject() {
    String subject = newSubject();
    String handle = newHandle();
    post(Tokens.user(subject), minimal(handle)).statusCode(201);

    assertEquals(1, database.count("select count(*) from profile where subject = $1", subject));
    given().auth().oauth2(Tokens.user(subject)).get("/me").then().body("handle", equalTo(handle));
  }

  @Test
  void secondProfileForTheSameSubjectIsAConflict() {
    String subject = newSubject();
    post(Tokens.user(subject), minimal(newHandle())).statusCode(201);

    post(Tokens.user(subject), minimal(newHandle()))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", endsWith("profile-exists"));
  }

  @Test
  void handleTakenInAnyLetterCaseIsAConflict() {
    String handle = newHandle();
    post(Tokens.user(newSubject()), minimal(handle)).statusCode(201);

    post(Tokens.user(newSubject()), minimal(handle.toUpperCase()))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", endsWith("handle-taken"));
  }

  @Test
  void unknownPropertyIsRefusedWith400() {
    post(Tokens.user(newSubject()), with(minimal(newHandle()), "creditCard", "x"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("creditCard"));
  }

  @Test
  void serverOwnedPropertiesCannotBeSet() {
    for (String owned : new String[] {"emailVerified", "status", "id", "version", "createdAt"}) {
      post(Tokens.user(newSubject()), with(minimal(newHandle()), owned, "x"))
          .statusCode(400)
          .contentType(PROBLEM)
          .body("detail", containsString("set by the server"));
    }
  }

  @Test
  void malformedJsonIsA400Problem() {
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .contentType(ContentType.JSON)
        .body("{\"handle\": ")
        .post("/profiles")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("status", equalTo(400));
  }

  @Test
  void missingBodyIsA400Problem() {
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .contentType(ContentType.JSON)
        .post("/profiles")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void nonJsonContentTypeIsA415Problem() {
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .contentType(ContentType.TEXT)
        .body("handle=x")
        .post("/profiles")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void badValuesAre422NamingEachFailingField() {
    Map<String, Object> body = minimal("no spaces allowed");
    body.put("name", "");
    body.put("email", "not-an-address");
    body.put("birthday", "04/05/1990");
    body.put("gender", "OTHER");
    body.put("website", "ftp://example.org");
    body.put("im", Map.of("icq", "12ab", "jabber", "nobody", "aim", "a".repeat(101)));
    body.put("location", Map.of("country", "XX", "zip", "12345678901"));
    body.put("phone", "0612345678");

    post(Tokens.user(newSubject()), body)
        .statusCode(422)
        .contentType(PROBLEM)
        .body(
            "errors.field",
            containsInAnyOrder(
                "handle",
                "name",
                "email",
                "birthday",
                "gender",
                "website",
                "im.icq",
                "im.jabber",
                "im.aim",
                "location.country",
                "location.zip",
                "phone"));
  }

  @Test
  void requiredFieldsMustBePresent() {
    post(Tokens.user(newSubject()), Map.of("handle", newHandle()))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("name", "email"));
  }

  /** The policy marks them required: a profile must hold a value, and an empty text is none. */
  @Test
  void requiredFieldsMustNotBeEmpty() {
    Map<String, Object> body = minimal("");
    body.put("name", " ");
    body.put("email", "");

    post(Tokens.user(newSubject()), body)
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("handle", "name", "email"));
  }

  @Test
  void valueOfTheWrongJsonTypeIsA422NamingTheField() {
    post(Tokens.user(newSubject()), with(minimal(newHandle()), "im", "not an object"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("im"));
  }

  @Test
  void cardNumberInATextFieldIsRefusedAndNothingIsStored() {
    String subject = newSubject();
    String handle = newHandle();
    String card = "4111 1111 1111 1111";

    post(Tokens.user(subject), with(minimal(handle), "name", "Pay me: " + card))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("name"))
        .body(org.hamcrest.Matchers.not(containsString("4111")));

    assertEquals(0, database.count("select count(*) from profile where subject = $1", subject));
    given().get("/profiles/" + handle).then().statusCode(404);
  }

  @Test
  void cardNumberIsRefusedInNestedFieldsToo() {
    Map<String, Object> body = minimal(newHandle());
    body.put("location", Map.of("city", "5500-0000-0000-0004"));

    post(Tokens.user(newSubject()), body)
        .statusCode(422)
        .body("errors.field", hasItem("location.city"));
  }

  @Test
  void personYoungerThanThirteenIsRefusedAndNothingIsStored() {
    String subject = newSubject();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String twelveYearsOld = today.minusYears(13).plusDays(1).toString();

    post(Tokens.user(subject), with(minimal(newHandle()), "birthday", twelveYearsOld))
        .statusCode(422)
        .body("errors.field", hasItem("birthday"))
        .body("errors.message", hasItem(containsString("13")));

    assertEquals(0, database.count("select count(*) from profile where subject = $1", subject));
  }

  @Test
  void personTurningThirteenTodayIsAccepted() {
    String thirteenToday = LocalDate.now(ZoneOffset.UTC).minusYears(13).toString();

    post(Tokens.user(newSubject()), with(minimal(newHandle()), "birthday", thirteenToday))
        .statusCode(201);
  }

  @Test
  void birthdayInTheFutureIsRefused() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    post(Tokens.user(newSubject()), with(minimal(newHandle()), "birthday", tomorrow))
        .statusCode(422)
        .body("errors.field", hasItem("birthday"));
  }

  @Test
  void visibilityThePolicyForbidsIsRefusedOnCreation() {
    post(
            Tokens.user(newSubject()),
            with(minimal(newHandle()), "visibility", Map.of("phone", "PUBLIC")))
        .statusCode(422)
        .body("errors.field", hasItem("visibility.phone"));
  }

  @Test
  void anonymousCallerGets401() {
    given()
        .contentType(ContentType.JSON)
        .body(minimal(newHandle()))
        .post("/profiles")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void serviceRoleCannotCreateProfiles() {
    post(Tokens.withRoles(newSubject(), "mailer"), minimal(newHandle()))
        .statusCode(403)
        .contentType(PROBLEM);
  }
}
