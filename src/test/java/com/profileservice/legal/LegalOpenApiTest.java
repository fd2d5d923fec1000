package com.profileservice.legal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalOpenApiTest {

  @Test
  void everyLegalOperationDocumentsItsRolesAndErrors() {
    ValidatableResponse openapi =
        given().accept("application/json").get("/q/openapi").then().statusCode(200);

    openapi
        .body("paths.'/legal/requests'.post.security[0].bearer", hasItem("legal-intake"))
        .body("paths.'/legal/requests'.post.responses", hasKey("422"))
        .body(
            "paths.'/legal/requests'.get.security[0].bearer",
            hasItems("legal-intake", "legal-reviewer"))
        .body(
            "paths.'/legal/requests/{id}/decision'.post.security[0].bearer",
            hasItem("legal-reviewer"))
        .body(
            "paths.'/legal/requests/{id}/decision'.post.responses.keySet()",
            hasItems("200", "400", "401", "403", "404", "409", "422"))
        .body(
            "paths.'/legal/requests/{id}/disclosure'.post.responses.keySet()",
            hasItems("200", "401", "403", "404", "409"))
        .body(
            "paths.'/legal/requests/{id}/hold-extension'.post.responses.keySet()",
            hasItems("200", "401", "403", "404", "409"))
        .body(
            "paths.'/legal/requests/{id}/decision'.post.responses.'409'.content.'application/problem+json'",
            notNullValue())
        .body("paths.'/legal/audit/verify'.get.responses", hasKey("401"))
        .body("paths.'/me/disclosures'.get.security[0].bearer", hasItem("user"))
        .body("paths.'/transparency-report'.get.security", nullValue())
        .body("components.schemas.PolicyDocument.properties", hasKey("legalReach"));
  }
}
