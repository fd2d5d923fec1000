package com.profileservice.lookup;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhonepostLookupTest {

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void phoneNumberResolvesToTheHandleAndNothingElse() {
    String phone = newPhone();
    String handle = profileWithPhone(phone);

    lookup(phone).statusCode(200).body("handle", equalTo(handle)).body("$", aMapWithSize(1));
  }

  @Test
  void unknownNumberIs404() {
    lookup(newPhone()).statusCode(404).contentType("application/problem+json");
  }

  @Test
  void inactiveAccountIsNotResolved() {
    String phone = newPhone();
    profileWithPhone(phone);
    clock.advance(Duration.ofDays(15));

    lookup(phone).statusCode(404);
  }

  @Test
  void numberListedByTwoActiveProfilesIdentifiesNoOne() {
    String phone = newPhone();
    profileWithPhone(phone);
    profileWithPhone(phone);

    lookup(phone).statusCode(409).body("type", endsWith("phone-ambiguous"));
  }

  @Test
  void onlyThePhonepostRoleMayResolveNumbers() {
    String phone = newPhone();
    profileWithPhone(phone);
    given().get("/internal/phonepost/" + phone).then().statusCode(401);
    for (String role : new String[] {"user", "mailer", "comments", "analyst", "legal-intake"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles("svc", role))
          .get("/internal/phonepost/" + phone)
          .then()
          .statusCode(403);
    }
  }

  private static String profileWithPhone(String phone) {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("phone", phone);
    Profiles.create(newSubject(), body);
    return handle;
  }

  private static String newPhone() {
    return "+3161" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
  }

  private static ValidatableResponse lookup(String phone) {
    return given()
        .auth()
        .oauth2(Tokens.withRoles("phonepost-service", "phonepost"))
        .get("/internal/phonepost/" + phone)
        .then();
  }
}
