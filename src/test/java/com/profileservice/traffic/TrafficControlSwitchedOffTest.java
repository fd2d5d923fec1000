package com.profileservice.traffic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Runs in the suite's own profile, where the limiter is switched off by configuration. */
@QuarkusTest
class TrafficControlSwitchedOffTest {

  @Inject TrafficConfig config;

  @Test
  void switchedOffNothingIsRefusedWhateverTheLimits() {
    assertFalse(config.enabled());
    for (int i = 0; i <= config.readBurst(); i++) {
      given().get("/policy").then().statusCode(200);
    }
    for (int i = 0; i <= config.writeBurst(); i++) {
      given()
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/profiles")
          .then()
          .statusCode(not(429));
    }
  }
}
