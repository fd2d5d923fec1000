package com.profileservice.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every account, ledger entry and audit actor is keyed by the token's {@code sub}: a token that
 * names no subject (missing, empty or blank) authenticates no one, whatever the operation.
 */
@QuarkusTest
class SubjectClaimTest {

  private record Operation(String role, Function<RequestSpecification, Response> call) {}

  private static final List<Operation> OPERATIONS =
      List.of(
          new Operation(
              "user",
              r ->
                  r.contentType(ContentType.JSON)
                      .body(Profiles.minimal(Profiles.newHandle()))
                      .post("/profiles")),
          new Operation("user", r -> r.get("/me")),
          new Operation(
              "user",
              r ->
                  r.contentType("application/merge-patch+json")
                      .body(Map.of("name", "Nobody"))
                      .patch("/me")),
          new Operation(
              "user",
              r ->
                  r.contentType(ContentType.JSON)
                      .body(Map.of("granted", true))
                      .put("/me/consents/news")),
          new Operation("user", r -> r.get("/me/export")),
          new Operation("user", r -> r.delete("/me")),
          new Operation("phonepost", r -> r.get("/internal/phonepost/+31612345678")),
          new Operation("mailer", r -> r.get("/internal/profiles/nobody/email?purpose=support")),
          new Operation("legal-intake", r -> r.get("/legal/requests")),
          new Operation(
              "legal-reviewer",
              r ->
                  r.contentType(ContentType.JSON)
                      .body(Map.of("approve", false, "reason", "No subject."))
                      .post("/legal/requests/1/decision")),
          new Operation("analyst", r -> r.get("/internal/stats/demographics")));

  @Test
  void emptySubjectIs401OnEveryOperationThatNeedsAToken() {
    everyOperationRefuses(role -> Tokens.withRawSubject("", role));
  }

  @Test
  void blankSubjectIs401OnEveryOperationThatNeedsAToken() {
    everyOperationRefuses(role -> Tokens.withRawSubject(" \t ", role));
  }

  @Test
  void tokenNamingItsHolderOnlyByUpnIs401OnEveryOperationThatNeedsAToken() {
    everyOperationRefuses(role -> Tokens.withUpnOnly("someone@example.org", role));
  }

  @Test
  void emptySubjectCreatesNoProfile() {
    String handle = Profiles.newHandle();
    Profiles.post(Tokens.withRawSubject("", "user"), Profiles.minimal(handle)).statusCode(401);
    given().get("/profiles/" + handle).then().statusCode(404);
  }

  @Test
  void publicOperationsIgnoreATokenWithoutSubject() {
    given().auth().oauth2(Tokens.withRawSubject("", "user")).get("/policy").then().statusCode(200);
  }

  private static void everyOperationRefuses(Function<String, String> tokenForRole) {
    for (Operation operation : OPERATIONS) {
      RequestSpecification request = given().auth().oauth2(tokenForRole.apply(operation.role()));
      operation
          .call()
          .apply(request)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("status", equalTo(401));
    }
  }
}
