package com.profileservice.traffic;

import static com.profileservice.traffic.TrafficProfiles.READ_BURST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Shared limits configured, but no Redis listens: every request is still answered and still
 * limited, by this replica's own buckets, and readiness and metrics say so.
 */
@QuarkusTest
@TestProfile(TrafficProfiles.RedisUnreachable.class)
class RedisUnreachableTest {

  @Test
  void clientsAreLimitedByThisReplicasOwnBucketsNeverFailedNorLetThrough() {
    String client = "198.18.220.1";
    for (int i = 0; i < READ_BURST; i++) {
      from(client).get("/policy").then().statusCode(200);
    }
    from(client).get("/policy").then().statusCode(429);
    from("198.18.220.2").get("/policy").then().statusCode(200);
  }

  @Test
  void readinessStaysUpAndSaysTheLimitsAreLocal() {
    from("198.18.220.3").get("/policy").then().statusCode(200);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'rate-limits' }.data.buckets",
            equalTo("memory (redis unreachable)"));
  }

  @Test
  void theMetricsCountTheOutage() {
    from("198.18.220.4").get("/policy").then().statusCode(200);
    from("198.18.220.5")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("profile_traffic_shared 0.0"))
        .body(matchesRegex("(?s).*profile_traffic_redis_outages_total [1-9].*"));
  }

  private static RequestSpecification from(String client) {
    return given().header("X-Forwarded-For", client);
  }
}
