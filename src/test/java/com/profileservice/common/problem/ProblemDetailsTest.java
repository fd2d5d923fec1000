package com.profileservice.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void unknownPathIsA404Problem() {
    given()
        .get("/no/such/path")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("about:blank"))
        .body("title", equalTo("Not Found"))
        .body("status", equalTo(404))
        .body("instance", equalTo("/no/such/path"));
  }

  @Test
  void wrongMethodIsA405ProblemWithAllow() {
    given()
        .delete("/policy")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .header("Allow", equalTo("GET, HEAD, OPTIONS"))
        .body("status", equalTo(405));
  }

  @Test
  void allowListsEveryMethodOfATemplatedPath() {
    given()
        .put("/profiles/somebody")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    given()
        .post("/me")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH"));
  }

  @Test
  void unsatisfiableAcceptIsA406Problem() {
    given()
        .accept("text/csv")
        .get("/policy")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("status", equalTo(406));
  }

  @Test
  void problemsNeverCarryStackTracesOrExceptionNames() {
    given()
        .contentType("application/json")
        .body("{\"handle\": [1,2,")
        .post("/profiles")
        .then()
        .contentType(PROBLEM)
        .body("detail", notNullValue())
        .body(not(containsString("Exception")))
        .body(not(containsString("at com.")));
  }
}
