package com.profileservice.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

  @Test
  void anyoneCanReadTheFieldTableWithItsVersion() {
    given()
        .when()
        .get("/policy")
        .then()
        .statusCode(200)
        .body("version", equalTo(PrivacyPolicy.VERSION))
        .body("fields", hasSize(PrivacyPolicy.fields().size()))
        .body(
            "fields.field",
            contains(PrivacyPolicy.fields().stream().map(FieldPolicy::field).toArray()));
  }

  @Test
  void policyKeepsBirthdayGenderZipAndPhonePrivateOnly() {
    for (String field : new String[] {"birthday", "gender", "location.zip", "phone"}) {
      given()
          .when()
          .get("/policy")
          .then()
          .body(
              "fields.find { it.field == '" + field + "' }.allowedVisibilities",
              contains("PRIVATE"))
          .body(
              "fields.find { it.field == '" + field + "' }.defaultVisibility", equalTo("PRIVATE"));
    }
  }

  @Test
  void policyDescribesEmailAsRequiredPrivateByDefaultAndOwnerMayShowIt() {
    given()
        .when()
        .get("/policy")
        .then()
        .body("fields.find { it.field == 'email' }.required", equalTo(true))
        .body(
            "fields.find { it.field == 'email' }.allowedVisibilities",
            containsInAnyOrder("PUBLIC", "PRIVATE"))
        .body("fields.find { it.field == 'email' }.defaultVisibility", equalTo("PRIVATE"))
        .body("fields.find { it.field == 'website' }.defaultVisibility", equalTo("PUBLIC"))
        .body("fields.find { it.field == 'handle' }.allowedVisibilities", contains("PUBLIC"));
  }
}
