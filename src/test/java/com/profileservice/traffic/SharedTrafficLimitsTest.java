package com.profileservice.traffic;

import static com.profileservice.traffic.TrafficProfiles.READ_BURST;
import static com.profileservice.traffic.TrafficProfiles.READ_SECONDS_PER_TOKEN;
import static com.profileservice.traffic.TrafficProfiles.REDIS_PREFIX;
import static com.profileservice.traffic.TrafficProfiles.WRITE_BURST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With profile.traffic.store=redis, against the machine's Redis: one bucket for all replicas. */
@QuarkusTest
@TestProfile(TrafficProfiles.SharedInRedis.class)
class SharedTrafficLimitsTest {

  @Inject ReactiveRedisDataSource redis;

  private final Rate reads = new Rate(READ_BURST, 60 / READ_SECONDS_PER_TOKEN);
  private final Rate writes = new Rate(WRITE_BURST, 60 / TrafficProfiles.WRITE_SECONDS_PER_TOKEN);

  @Test
  void aClientsBurstSpentThroughAnotherReplicaIsSpentHere() {
    String client = "198.18.210.1";
    // Another replica: its own limiter, the same Redis and keys.
    RedisBuckets otherReplica = new RedisBuckets(redis, REDIS_PREFIX, reads, writes);
    for (int i = 0; i < READ_BURST - 1; i++) {
      assertEquals(0L, otherReplica.take(client, false).await().indefinitely());
    }
    from(client).get("/policy").then().statusCode(200);
    from(client).get("/policy").then().statusCode(429).header("Retry-After", "10");
    assertTrue(otherReplica.take(client, false).await().indefinitely() > 0);
    // Another client's bucket is untouched.
    from("198.18.210.2").get("/policy").then().statusCode(200);
  }

  @Test
  void writesHaveTheirOwnSharedBucket() {
    String client = "198.18.210.3";
    for (int i = 0; i < WRITE_BURST; i++) {
      from(client).delete("/nope/" + i).then().statusCode(404);
    }
    from(client).delete("/nope/over").then().statusCode(429);
    from(client).get("/policy").then().statusCode(200);
  }

  @Test
  void aBucketKeyExpiresOnceItWouldBeFullAgain() {
    String client = "198.18.210.4";
    from(client).get("/policy").then().statusCode(200);
    long ttl = redis.key().pttl(REDIS_PREFIX + "read:" + client).await().indefinitely();
    assertTrue(ttl > 0 && ttl <= reads.timeToFill().toMillis(), "pttl " + ttl);
  }

  @Test
  void readinessAndMetricsSayTheLimitsAreShared() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'rate-limits' }.data.buckets",
            org.hamcrest.Matchers.equalTo("redis"));
    given()
        .header("X-Forwarded-For", "198.18.210.5")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("profile_traffic_shared 1.0"));
  }

  private static RequestSpecification from(String client) {
    return given().header("X-Forwarded-For", client);
  }
}
