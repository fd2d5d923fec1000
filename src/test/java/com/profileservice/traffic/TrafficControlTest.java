package com.profileservice.traffic;

import static com.profileservice.traffic.TrafficProfiles.READ_BURST;
import static com.profileservice.traffic.TrafficProfiles.READ_SECONDS_PER_TOKEN;
import static com.profileservice.traffic.TrafficProfiles.WRITE_BURST;
import static com.profileservice.traffic.TrafficProfiles.WRITE_SECONDS_PER_TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.RawHttp;
import com.profileservice.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TrafficProfiles.BehindTrustedProxy.class)
class TrafficControlTest {

  private static final String PROBLEM = "application/problem+json";
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void readsBeyondTheBurstGetA429ProblemWithRetryAfter() {
    String client = newClient();
    spendReads(client);

    Response refused = from(client).get("/policy");
    refused
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:profile-service:problem:rate-limited"))
        .body("title", equalTo("Too many requests"))
        .body("status", equalTo(429))
        .body("instance", equalTo("/policy"))
        .body(not(containsString(client)));
    long retryAfter = retryAfter(refused);
    assertTrue(
        retryAfter >= 1 && retryAfter <= READ_SECONDS_PER_TOKEN, () -> "Retry-After " + retryAfter);
  }

  @Test
  void aClientThatWaitsAsToldIsServedAgain() {
    String client = newClient();
    spendReads(client);
    long retryAfter =
        retryAfter(from(client).get("/policy").then().statusCode(429).extract().response());
    from(client).get("/policy").then().statusCode(429);

    clock.advance(Duration.ofSeconds(retryAfter));
    from(client).get("/policy").then().statusCode(200);
    // Waiting earned one request, not a new burst.
    from(client).get("/policy").then().statusCode(429);

    clock.advance(Duration.ofSeconds((long) READ_BURST * READ_SECONDS_PER_TOKEN));
    spendReads(client);
  }

  @Test
  void writesAreLimitedMoreStrictlyThanReads() {
    String client = newClient();
    for (int i = 0; i < WRITE_BURST; i++) {
      createProfile(client).then().statusCode(not(429));
    }

    Response refused = createProfile(client);
    refused.then().statusCode(429).contentType(PROBLEM).body("detail", containsString("changes"));
    long retryAfter = retryAfter(refused);
    assertTrue(
        retryAfter > READ_SECONDS_PER_TOKEN && retryAfter <= WRITE_SECONDS_PER_TOKEN,
        () -> "Retry-After " + retryAfter);
    from(client).contentType(ContentType.JSON).body("{}").patch("/me").then().statusCode(429);
    from(client)
        .contentType(ContentType.JSON)
        .body("{\"granted\": true}")
        .put("/me/consents/news")
        .then()
        .statusCode(429);
    from(client).delete("/me").then().statusCode(429);

    // Reads have a bucket of their own, which the spent writes did not touch.
    spendReads(client);
  }

  @Test
  void eachClientAddressHasItsOwnBuckets() {
    String first = newClient();
    String second = newClient();
    spendReads(first);
    from(first).get("/policy").then().statusCode(429);

    from(second).get("/policy").then().statusCode(200);
  }

  @Test
  void anIpv6ClientIsLimitedAcrossItsSlash64() {
    spendReads("2001:db8:7:7:aaaa::1");

    from("2001:db8:7:7:bbbb::2").get("/policy").then().statusCode(429);
    from("2001:db8:7:8::1").get("/policy").then().statusCode(200);
  }

  @Test
  void healthProbesAreNeverThrottled() {
    String client = newClient();
    spendReads(client);
    from(client).get("/policy").then().statusCode(429);

    for (int i = 0; i < 3 * READ_BURST; i++) {
      from(client).get("/q/health/live").then().statusCode(200);
      from(client).get("/q/health/ready").then().statusCode(200);
      from(client).get("/q/health/started").then().statusCode(200);
      from(client).get("/q/health").then().statusCode(200);
    }
  }

  @Test
  void everyOtherPathIsLimitedIncludingOperationsAndUnknownPaths() {
    String client = newClient();
    spendReads(client);

    for (String path :
        List.of(
            "/q/openapi",
            "/q/metrics",
            "/q/swagger-ui/",
            "/q/healthy",
            "/profiles/nobody",
            "/no/such/path")) {
      from(client).get(path).then().statusCode(429).contentType(PROBLEM);
    }
    from(client).head("/policy").then().statusCode(429);
    from(client).options("/policy").then().statusCode(429);
  }

  @Test
  void refusalsLeaveNoClientAddressInLogsOrMetrics() {
    String client = "203.0.113.199";
    String ipv6Client = "2001:db8:4242:4242::4242";
    try (CapturedLogs logs = CapturedLogs.all()) {
      spendReads(client);
      from(client).get("/policy").then().statusCode(429);
      for (int i = 0; i <= WRITE_BURST; i++) {
        createProfile(client);
      }
      spendReads(ipv6Client);
      from(ipv6Client).get("/policy").then().statusCode(429);

      String metrics =
          from(newClient()).get("/q/metrics").then().statusCode(200).extract().asString();
      assertTrue(metrics.contains("profile_traffic_refusals_total{kind=\"read\"}"), "counted");
      assertTrue(metrics.contains("profile_traffic_refusals_total{kind=\"write\"}"), "counted");
      assertFalse(metrics.contains(client));
      assertFalse(metrics.contains("2001:db8:4242"));

      // Proves the capture sees the service's log output, so an empty result means something.
      org.jboss.logging.Logger.getLogger("com.profileservice").info("capture-check");
      List<String> lines = logs.lines();
      assertTrue(lines.stream().anyMatch(line -> line.contains("capture-check")));
      for (String address : List.of(client, "203.0.113", "2001:db8:4242", "2001:DB8:4242")) {
        assertFalse(
            lines.stream().anyMatch(line -> line.contains(address)),
            () -> "a log line holds " + address + ": " + lines);
      }
    }
  }

  @Test
  void refusalsCarryTheSecurityHeaders() {
    String client = newClient();
    spendReads(client);

    from(client)
        .get("/policy")
        .then()
        .statusCode(429)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", "DENY");
  }

  /** Path normalisation fails on a malformed escape; that must not become a server error. */
  @Test
  void malformedRequestTargetIsA400ProblemWhileTrafficIsLimited() {
    RawHttp.Answer answer = RawHttp.get("/profiles/%", "X-Forwarded-For: " + newClient());

    assertEquals(400, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
  }

  /** A client address of its own for each use, so tests never share a bucket. */
  private static String newClient() {
    int n = CLIENTS.incrementAndGet();
    return "198.18." + (n / 256) + "." + (n % 256);
  }

  private static RequestSpecification from(String client) {
    return given().header("X-Forwarded-For", client);
  }

  private static void spendReads(String client) {
    for (int i = 0; i < READ_BURST; i++) {
      from(client).get("/policy").then().statusCode(200);
    }
  }

  private static Response createProfile(String client) {
    return from(client)
        .contentType(ContentType.JSON)
        .body("{\"handle\": \"nobody\", \"name\": \"No One\", \"email\": \"no@example.org\"}")
        .post("/profiles");
  }

  private static long retryAfter(Response response) {
    return Long.parseLong(response.header("Retry-After"));
  }
}
