package com.profileservice.common.persistence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.CapturedLogs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With its database out of reach, the service fails fast and says when to retry. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {

  @ConfigProperty(name = "profile.database.acquisition-timeout")
  Duration acquisitionTimeout;

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
          "none",
          "profile.database.acquisition-timeout",
          "PT0.5S");
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

  /**
   * A failed attempt to get a connection used to leave the pool's wait timer running; when it
   * fired, Vert.x failed the finished query again and logged "Result is already complete". This
   * waits, polling the log, until such a timer would long have fired.
   */
  @Test
  void nothingFailsAgainAfterTheAnswer() {
    try (CapturedLogs logs = CapturedLogs.all()) {
      given().get("/directory").then().statusCode(503);
      given().get("/directory/regions").then().statusCode(503);
      given().get("/q/health/ready").then().statusCode(503);
      given().get("/profiles/anyone").then().statusCode(503);

      long deadline = System.nanoTime() + acquisitionTimeout.multipliedBy(3).toNanos();
      while (System.nanoTime() < deadline) {
        List<String> late =
            logs.lines().stream()
                .filter(line -> line.contains("already complete") || line.contains("Uncaught"))
                .toList();
        assertEquals(List.of(), late);
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
    }
  }

  @Test
  void endpointsWithoutTheDatabaseStillServe() {
    given().get("/policy").then().statusCode(200);
  }
}
