package com.profileservice.verification;

import static com.profileservice.support.Emails.latestToken;
import static com.profileservice.support.Emails.verify;
import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static com.profileservice.support.Profiles.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.common.mail.InMemoryMailbox;
import com.profileservice.common.mail.OutgoingMail;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmailVerificationTest {

  @Inject InMemoryMailbox mailbox;
  @Inject TestClock clock;
  @Inject Database database;

  private String subject;
  private String handle;
  private String address;

  @BeforeEach
  void createProfile() {
    subject = newSubject();
    handle = newHandle();
    address = handle + "@example.org";
    Profiles.create(subject, minimal(handle));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void creatingAProfileSendsASingleUseCodeThatVerifiesTheAddress() {
    me().body("emailVerified", equalTo(false)).body("status", equalTo("ACTIVE"));
    String token = latestToken(mailbox, address);

    verify(token).statusCode(204);

    me().body("emailVerified", equalTo(true)).body("email", equalTo(address));
    verify(token)
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", endsWith("verification-token-used"));
  }

  @Test
  void tokenIsStoredOnlyAsItsHash() {
    String token = latestToken(mailbox, address);

    assertEquals(
        0, database.count("select count(*) from email_verification where token_hash = $1", token));
    assertEquals(
        1,
        database.count(
            "select count(*) from email_verification where token_hash = $1",
            VerificationTokens.hash(token)));
  }

  @Test
  void unknownTokenIs400() {
    verify("not-a-real-token")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", endsWith("verification-token-invalid"));
  }

  @Test
  void missingTokenIs422AndMalformedBodyIs400() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/email-verifications")
        .then()
        .statusCode(422);
    given()
        .contentType(ContentType.JSON)
        .body("{")
        .post("/email-verifications")
        .then()
        .statusCode(400);
  }

  @Test
  void tokenExpiresAfter72Hours() {
    String token = latestToken(mailbox, address);
    clock.advance(Duration.ofHours(72));

    verify(token).statusCode(410).body("type", endsWith("verification-token-expired"));
    me().body("emailVerified", equalTo(false));
  }

  @Test
  void tokenWorksUntilJustBeforeItExpires() {
    String token = latestToken(mailbox, address);
    clock.advance(Duration.ofHours(72).minusSeconds(5));

    verify(token).statusCode(204);
  }

  @Test
  void changedEmailStaysPendingUntilVerifiedAndTheOldAddressIsTold() {
    verify(latestToken(mailbox, address)).statusCode(204);
    String newAddress = "new-" + address;

    patch(Tokens.user(subject), Map.of("email", newAddress))
        .statusCode(200)
        .body("email", equalTo(address))
        .body("pendingEmail", equalTo(newAddress))
        .body("emailVerified", equalTo(true));

    List<OutgoingMail> notices =
        mailbox.sentTo(address).stream()
            .filter(m -> m.subject().contains("being changed"))
            .toList();
    assertEquals(1, notices.size());
    assertFalse(notices.get(0).text().contains(newAddress), "the notice names no new address");

    verify(latestToken(mailbox, newAddress)).statusCode(204);

    me().body("email", equalTo(newAddress))
        .body("pendingEmail", nullValue())
        .body("emailVerified", equalTo(true));
  }

  @Test
  void publicViewShowsTheAddressInUseNotThePendingOne() {
    verify(latestToken(mailbox, address)).statusCode(204);
    patch(
            Tokens.user(subject),
            Map.of("email", "pending-" + address, "visibility", Map.of("email", "PUBLIC")))
        .statusCode(200);

    given().get("/profiles/" + handle).then().body("email", equalTo(address));
  }

  @Test
  void goingBackToTheAddressInUseCancelsThePendingChange() {
    String newAddress = "other-" + address;
    patch(Tokens.user(subject), Map.of("email", newAddress)).statusCode(200);
    String pendingToken = latestToken(mailbox, newAddress);

    patch(Tokens.user(subject), Map.of("email", address))
        .statusCode(200)
        .body("pendingEmail", nullValue());

    verify(pendingToken).statusCode(400);
    me().body("email", equalTo(address));
  }

  @Test
  void resendSendsANewCodeAndTheOldOneStopsWorking() {
    String first = latestToken(mailbox, address);
    clock.advance(Duration.ofMinutes(1));

    resend().statusCode(202);

    String second = latestToken(mailbox, address);
    assertTrue(!first.equals(second));
    verify(first).statusCode(400);
    verify(second).statusCode(204);
  }

  @Test
  void resendIsLimitedToOneAMinute() {
    resend()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    clock.advance(Duration.ofSeconds(61));
    resend().statusCode(202);
    resend().statusCode(429);
  }

  @Test
  void resendWithNothingToVerifyIs409() {
    verify(latestToken(mailbox, address)).statusCode(204);
    clock.advance(Duration.ofMinutes(2));

    resend().statusCode(409).body("type", endsWith("nothing-to-verify"));
  }

  @Test
  void resendNeedsAUserToken() {
    given().post("/me/email-verification").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.withRoles(subject, "mailer"))
        .post("/me/email-verification")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .post("/me/email-verification")
        .then()
        .statusCode(404);
  }

  @Test
  void unverifiedAccountBecomesInactiveAfterTheGracePeriodAndVerifyingRevivesIt() {
    clock.advance(Duration.ofDays(14).plusSeconds(1));

    String unknownBody =
        given().get("/profiles/nosuchhandlexx").then().statusCode(404).extract().asString();
    String inactiveBody =
        given().get("/profiles/" + handle).then().statusCode(404).extract().asString();
    assertEquals(
        unknownBody.replace("nosuchhandlexx", "X"),
        inactiveBody.replace(handle, "X"),
        "an inactive handle answers like an unknown one");
    me().body("status", equalTo("INACTIVE"));

    resend().statusCode(202);
    verify(latestToken(mailbox, address)).statusCode(204);

    me().body("status", equalTo("ACTIVE"));
    given().get("/profiles/" + handle).then().statusCode(200);
  }

  @Test
  void accountIsStillActiveOnTheLastDayOfTheGracePeriod() {
    clock.advance(Duration.ofDays(14).minusMinutes(1));

    me().body("status", equalTo("ACTIVE"));
    given().get("/profiles/" + handle).then().statusCode(200);
  }

  private ValidatableResponse me() {
    return given().auth().oauth2(Tokens.user(subject)).get("/me").then().statusCode(200);
  }

  private ValidatableResponse resend() {
    return given().auth().oauth2(Tokens.user(subject)).post("/me/email-verification").then();
  }
}
