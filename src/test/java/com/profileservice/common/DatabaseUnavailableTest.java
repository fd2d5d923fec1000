package com.profileservice.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With its database out of reach, the service fails fast and says when to retry. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {

  /** Points the service at a port where nothing listens, and skips the start-up schema work. */
  public static class NoDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String address = "127.0.0.1:" + closedPort() + "/postgres";
      return Map.of(
          "quarkus.datasource.reactive.url",
          "postgresql://" + address,
          "quarkus.datasource.jdbc.url",
          "jdbc:postgresql://" + address,
          "quarkus.flyway.migrate-at-start",
          "false",
          "quarkus.hibernate-orm.schema-management.strategy",
          "none");
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void readsAnswer503ProblemWithRetryAfter() {
    given()
        .get("/profiles/anyone")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("status", equalTo(503));
  }

  @Test
  void readinessReportsTheDatabaseDown() {
    given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
  }

  @Test
  void endpointsWithoutTheDatabaseStillServe() {
    given().get("/policy").then().statusCode(200);
  }
}
