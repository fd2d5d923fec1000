package com.profileservice.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

  @Test
  void missingTokenIs401WithABearerChallenge() {
    unauthorized(null);
  }

  @Test
  void tokenSignedByAnUntrustedKeyIs401() {
    unauthorized(Tokens.signedByStranger(Profiles.newSubject()));
  }

  @Test
  void expiredTokenIs401() {
    unauthorized(Tokens.expired(Profiles.newSubject()));
  }

  @Test
  void tokenFromAnotherIssuerIs401() {
    unauthorized(Tokens.fromOtherIssuer(Profiles.newSubject()));
  }

  @Test
  void tokenWithoutSubjectIs401() {
    unauthorized(Tokens.withoutSubject());
  }

  @Test
  void garbageTokenIs401() {
    unauthorized("not.a.jwt");
  }

  @Test
  void validTokenWithoutTheRoleIs403() {
    given()
        .auth()
        .oauth2(Tokens.withRoles(Profiles.newSubject(), "phonepost"))
        .get("/me")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @Test
  void publicEndpointsIgnoreAbsentTokens() {
    given().get("/policy").then().statusCode(200);
  }

  private static void unauthorized(String token) {
    var request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    request
        .get("/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("status", equalTo(401))
        .body("title", equalTo("Unauthorized"));
  }
}
