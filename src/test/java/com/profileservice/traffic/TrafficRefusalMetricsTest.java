package com.profileservice.traffic;

import static com.profileservice.traffic.TrafficProfiles.READ_BURST;
import static com.profileservice.traffic.TrafficProfiles.WRITE_BURST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 429 written by the limiter, before any route matched, is labelled like any other answer. */
@QuarkusTest
@TestProfile(TrafficProfiles.BehindTrustedProxy.class)
class TrafficRefusalMetricsTest {

  private static final String EMAIL = "limited.person%40private.example.org";
  private static final String PHONE = "%2B31698765432";

  @Test
  void refusedRequestsLeaveNoPathInTheMetrics() {
    String client = "198.18.200.1";
    for (int i = 0; i < READ_BURST; i++) {
      from(client).get("/policy").then().statusCode(200);
    }
    for (int i = 0; i < WRITE_BURST; i++) {
      from(client).delete("/nope/spend-" + i);
    }
    from(client).get("/profiles/" + EMAIL).then().statusCode(429);
    from(client).get("/internal/phonepost/" + PHONE).then().statusCode(429);
    from(client).get("/nope/" + EMAIL).then().statusCode(429);
    from(client).delete("/internal/phonepost/" + PHONE).then().statusCode(429);

    String metrics =
        from("198.18.200.2").get("/q/metrics").then().statusCode(200).extract().asString();
    for (String value : List.of("limited.person", "private.example.org", "31698765432")) {
      assertFalse(metrics.contains(value), () -> "the metrics hold " + value);
    }
    assertTrue(
        metrics.contains("status=\"429\",uri=\"/internal/phonepost/{e164}\""),
        "the refusal was not counted under its route");
  }

  private static RequestSpecification from(String client) {
    return given().urlEncodingEnabled(false).header("X-Forwarded-For", client);
  }
}
