package com.profileservice.legal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

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
        .body("paths.'/legal/requests'.post.'x-roles'", hasItem("legal-intake"))
        .body("paths.'/legal/requests'.post.responses", hasKey("422"))
        .body("paths.'/legal/requests'.get.'x-roles'", hasItems("legal-intake", "legal-reviewer"))
        .body("paths.'/legal/requests/{id}/decision'.post.'x-roles'", hasItem("legal-reviewer"))
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
        .body("paths.'/me/disclosures'.get.'x-roles'", hasItem("user"))
        .body("paths.'/transparency-report'.get.security", empty())
        .body("components.schemas.PolicyDocument.properties", hasKey("legalReach"));
  }
}
