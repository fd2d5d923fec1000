package com.profileservice.common.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.common.input.ApiOperations.Operation;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An Accept header that admits JSON of any kind never turns an answer into 406, on any operation;
 * one that admits nothing the operation produces is a 406 problem.
 */
@QuarkusTest
class ContentNegotiationTest {

  private static final String PROBLEM = "application/problem+json";

  /** What generated clients and browsers send. */
  private static final List<String> JSON_READERS =
      List.of(
          PROBLEM,
          "application/json",
          "*/*",
          "application/problem+json, application/json",
          "text/html, application/xhtml+xml, */*;q=0.8",
          "image/png, application/problem+json;q=0.5",
          "application/*");

  @Test
  void noOperationAnswers406ToAClientThatReadsJson() {
    List<String> failures = new ArrayList<>();
    for (Operation operation : ApiOperations.all()) {
      for (String accept : JSON_READERS) {
        int status = send(operation, accept).statusCode();
        if (status == 406) {
          failures.add(operation + " with Accept: " + accept);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theOperationsListedAreEveryOperationOfTheDocument() {
    Map<String, Map<String, Object>> paths =
        given().accept("application/json").get("/q/openapi").then().extract().path("paths");
    TreeSet<String> documented = new TreeSet<>();
    paths.forEach(
        (path, item) -> item.keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));
    TreeSet<String> tested = new TreeSet<>();
    ApiOperations.all().forEach(operation -> tested.add(operation.toString()));
    assertEquals(documented, tested);
  }

  @Test
  void anUnknownHandleIsA404EvenWhenOnlyProblemsAreAccepted() {
    given()
        .accept(PROBLEM)
        .get("/profiles/nobody_" + Profiles.newHandle().substring(0, 6))
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void aMissingTokenIsA401EvenWhenOnlyProblemsAreAccepted() {
    given().accept(PROBLEM).get("/me").then().statusCode(401);
  }

  @Test
  void aPictureIsServedToAClientThatAcceptsOnlyProblems() {
    Operation picture =
        ApiOperations.all().stream()
            .filter(o -> o.toString().equals("GET /profiles/{handle}/picture"))
            .findFirst()
            .orElseThrow();
    int status = send(picture, PROBLEM).statusCode();
    assertTrue(status == 200 || status == 404, "status " + status);
  }

  @Test
  void anAcceptThatAdmitsNothingTheOperationProducesIsA406Problem() {
    given()
        .auth()
        .oauth2(Tokens.user(Profiles.newSubject()))
        .accept("text/csv")
        .get("/me")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("status", equalTo(406));
    given()
        .accept("text/csv")
        .get("/profiles/anyone/picture")
        .then()
        .statusCode(406)
        .contentType(PROBLEM);
  }

  /**
   * Erasing the shared owner would leave the other operations nothing to read, so {@code DELETE
   * /me} erases an owner of its own.
   */
  private static Response send(Operation operation, String accept) {
    RequestSpecification request;
    if (operation.toString().equals("DELETE /me")) {
      String subject = Profiles.newSubject();
      Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
      request = given().auth().oauth2(Tokens.user(subject));
    } else {
      request = operation.caller().request();
    }
    request = request.accept(accept);
    String body = ApiOperations.body(operation);
    if (operation.contentType() != null) {
      request = request.contentType(operation.contentType());
    }
    if (body != null) {
      request = request.body(body);
    }
    return request.request(operation.method(), ApiOperations.fill(operation.template()));
  }
}
