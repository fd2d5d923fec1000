package com.profileservice.lookup;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.profileservice.common.mail.InMemoryMailbox;
import com.profileservice.support.Consents;
import com.profileservice.support.Emails;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class MailerLookupTest {

  /** The states a profile can be in, as far as the mailer is concerned. */
  enum State {
    VERIFIED_WITH_CONSENT,
    VERIFIED_WITHOUT_CONSENT,
    UNVERIFIED_WITH_CONSENT,
    INACTIVE_WITH_CONSENT
  }

  @Inject InMemoryMailbox mailbox;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static Stream<Arguments> everyPurposeInEveryState() {
    return Arrays.stream(MailPurpose.values())
        .flatMap(p -> Arrays.stream(State.values()).map(s -> Arguments.of(p, s)));
  }

  @ParameterizedTest(name = "{0} when {1}")
  @MethodSource("everyPurposeInEveryState")
  void addressIsReleasedOnlyWhenThePurposeIsAllowed(MailPurpose purpose, State state) {
    String handle = profileIn(state);

    ValidatableResponse response = lookup(handle, purpose.wireName());

    String refusal = expectedRefusal(purpose, state);
    if (refusal == null) {
      response.statusCode(200).body("email", equalTo(handle + "@example.org"));
    } else {
      response
          .statusCode(403)
          .contentType("application/problem+json")
          .body("reason", equalTo(refusal))
          .body(org.hamcrest.Matchers.not(containsString("@example.org")));
    }
  }

  @Test
  void withdrawingConsentTakesEffectForTheVeryNextLookup() {
    String subject = newSubject();
    String handle = verifiedProfile(subject);
    Consents.set(Tokens.user(subject), "news", true);
    lookup(handle, "news").statusCode(200);

    Consents.set(Tokens.user(subject), "news", false);

    lookup(handle, "news").statusCode(403).body("reason", equalTo("consent_missing"));
  }

  @Test
  void unknownOrMissingPurposeIs400() {
    String handle = verifiedProfile(newSubject());
    lookup(handle, "marketing").statusCode(400).body("type", endsWith("unknown-purpose"));
    given()
        .auth()
        .oauth2(Tokens.withRoles("mailer-service", "mailer"))
        .get("/internal/profiles/" + handle + "/email")
        .then()
        .statusCode(400);
  }

  @Test
  void unknownHandleIs404() {
    lookup("nosuchhandle", "support").statusCode(404).contentType("application/problem+json");
  }

  @Test
  void onlyTheMailerRoleMayLookUpAddresses() {
    String handle = verifiedProfile(newSubject());
    given().get("/internal/profiles/" + handle + "/email?purpose=support").then().statusCode(401);
    for (String role :
        new String[] {"user", "phonepost", "comments", "analyst", "legal-reviewer"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles("svc", role))
          .get("/internal/profiles/" + handle + "/email?purpose=support")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void mailerTokenCannotReachTheOwnerApi() {
    given()
        .auth()
        .oauth2(Tokens.withRoles("mailer-service", "mailer"))
        .get("/me")
        .then()
        .statusCode(403);
  }

  @Test
  void releasesAreCountedByPurposeWithoutAddresses() {
    String handle = verifiedProfile(newSubject());
    lookup(handle, "account_status").statusCode(200);

    given()
        .get("/q/metrics")
        .then()
        .body(containsString("profile_email_releases_total{purpose=\"account_status\""))
        .body(org.hamcrest.Matchers.not(containsString(handle + "@example.org")));
  }

  private static String expectedRefusal(MailPurpose purpose, State state) {
    return switch (state) {
      case INACTIVE_WITH_CONSENT -> "inactive";
      case UNVERIFIED_WITH_CONSENT -> "email_unverified";
      case VERIFIED_WITHOUT_CONSENT ->
          purpose.requiredConsent().isPresent() ? "consent_missing" : null;
      case VERIFIED_WITH_CONSENT -> null;
    };
  }

  private String profileIn(State state) {
    String subject = newSubject();
    String handle = newHandle();
    Profiles.create(subject, minimal(handle));
    boolean consents = state != State.VERIFIED_WITHOUT_CONSENT;
    Consents.set(Tokens.user(subject), "news", consents);
    Consents.set(Tokens.user(subject), "comment_notifications", consents);
    if (state == State.VERIFIED_WITH_CONSENT || state == State.VERIFIED_WITHOUT_CONSENT) {
      Emails.verifyAddress(mailbox, handle + "@example.org");
    }
    if (state == State.INACTIVE_WITH_CONSENT) {
      clock.advance(Duration.ofDays(15));
    }
    return handle;
  }

  private String verifiedProfile(String subject) {
    String handle = newHandle();
    Profiles.create(subject, minimal(handle));
    Emails.verifyAddress(mailbox, handle + "@example.org");
    return handle;
  }

  private static ValidatableResponse lookup(String handle, String purpose) {
    return given()
        .auth()
        .oauth2(Tokens.withRoles("mailer-service", "mailer"))
        .queryParam("purpose", purpose)
        .get("/internal/profiles/" + handle + "/email")
        .then();
  }
}
