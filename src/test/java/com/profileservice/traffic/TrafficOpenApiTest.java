package com.profileservice.traffic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrafficOpenApiTest {

  @Test
  void everyOperationDocumentsTheRateLimitWithRetryAfter() {
    JsonPath openapi =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    assertFalse(paths.isEmpty());
    paths.forEach(
        (path, operations) ->
            operations.keySet().stream()
                .filter(method -> !method.equals("parameters"))
                .forEach(
                    method -> {
                      String response = "paths.'" + path + "'." + method + ".responses.'429'";
                      assertTrue(
                          openapi.get(response + ".headers.'Retry-After'") != null,
                          () -> method + " " + path + " documents no 429 with Retry-After");
                      assertTrue(
                          openapi.get(response + ".content.'application/problem+json'") != null,
                          () -> method + " " + path + " documents no problem body for 429");
                    }));
  }

  @Test
  void anOperationWithA429OfItsOwnKeepsItsMeaningAndGainsTheRateLimit() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .body(
            "paths.'/me/email-verification'.post.responses.'429'.description",
            allOf(notNullValue(), containsString("address; Retry-After")))
        .body(
            "paths.'/me/email-verification'.post.responses.'429'.description",
            containsString("Also:"));
  }
}
