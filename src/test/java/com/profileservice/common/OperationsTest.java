package com.profileservice.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
  }

  @Test
  void livenessIsUp() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void prometheusMetricsAreServed() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void openApiDocumentsTheBearerSchemeRolesAndProblemResponses() {
    var openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200);
    openapi
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
        .body("paths.'/me'.get.'x-roles'", hasItem("user"))
        .body("paths.'/me'.get.responses", hasKey("401"))
        .body("paths.'/me'.get.responses", hasKey("403"))
        .body("paths.'/me'.patch.responses", hasKey("412"))
        .body("paths.'/me'.patch.responses", hasKey("422"))
        .body("paths.'/profiles'.post.responses", hasKey("409"))
        .body(
            "paths.'/profiles/{handle}'.get.responses.'404'.content.'application/problem+json'",
            notNullValue())
        .body("components.schemas.Problem.properties", hasKey("errors"))
        .body("components.schemas.Problem.properties", hasKey("reason"))
        .body("paths.'/internal/profiles/{handle}/email'.get.'x-roles'", hasItem("mailer"))
        .body("paths.'/internal/phonepost/{e164}'.get.'x-roles'", hasItem("phonepost"))
        .body("paths.'/me/consents/{name}'.put.responses", hasKey("404"))
        .body("paths.'/me/consents/history'.get.'x-roles'", hasItem("user"))
        .body("paths.'/email-verifications'.post.responses", hasKey("410"))
        .body("paths.'/me/email-verification'.post.responses", hasKey("429"));
  }

  @Test
  void openApiDescribesFieldsFromThePolicyTable() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .body(
            "components.schemas.OwnerProfile.properties.birthday.description",
            containsString("Visibility: PRIVATE; default PRIVATE"))
        .body(
            "components.schemas.PublicProfile.properties.email.description",
            containsString("Visibility: PUBLIC or PRIVATE; default PRIVATE"))
        .body(
            "components.schemas.Im.properties.jabber.description",
            containsString("Contact details"));
  }
}
