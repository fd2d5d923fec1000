package com.profileservice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.DevIdentityProvider;
import com.profileservice.support.PackagedReplica;
import com.profileservice.support.database.FreshDatabase;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on different ports against one fresh database, configured with only the
 * datasource and the identity provider, plus Redis for shared limits, a trusted proxy so each test
 * chooses its client address, and a one-second schedule so the jobs fire during the test. They must
 * behave as one service.
 */
class TwoReplicasIT {

  private static final Duration HANG = Duration.ofSeconds(60);
  private static final String JOB = "comment-ip-retention";

  private static FreshDatabase database;
  private static PackagedReplica a;
  private static PackagedReplica b;

  @BeforeAll
  static void startTwoReplicas() {
    database = FreshDatabase.create("replicas");
    Map<String, String> settings = new HashMap<>(database.datasourceConfig());
    settings.putAll(new DevIdentityProvider().start());
    settings.put("profile.traffic.store", "redis");
    settings.put("quarkus.redis.hosts", "redis://127.0.0.1:6379");
    settings.put(
        "profile.traffic.redis-key-prefix", "profile-service-it:" + UUID.randomUUID() + ":");
    // The test is about one bucket for both, not Redis's speed: on a loaded machine a slow answer
    // would count the request locally, as it should in production.
    settings.put("profile.traffic.redis-timeout", "10s");
    settings.put("quarkus.http.proxy.proxy-address-forwarding", "true");
    settings.put("quarkus.http.proxy.allow-x-forwarded", "true");
    settings.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    settings.put("profile.comment-ips.purge-every", "1s");
    settings.put("profile.erasure.release-every", "1s");
    // One after the other: the first migrates the empty database.
    a = PackagedReplica.start("replica-a", settings);
    b = PackagedReplica.start("replica-b", settings);
  }

  @AfterAll
  static void stopReplicas() {
    for (AutoCloseable closeable : new AutoCloseable[] {a, b, database}) {
      if (closeable != null) {
        try {
          closeable.close();
        } catch (Exception e) {
          // Stopping the others matters more.
        }
      }
    }
  }

  @Test
  void aDirectoryCursorFromOneReplicaContinuesOnTheOther() {
    String state = "S" + UUID.randomUUID().toString().substring(0, 8);
    List<String> handles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      handles.add(listed(i % 2 == 0 ? a : b, state));
    }
    String cursor =
        on(a)
            .queryParam("state", state)
            .queryParam("limit", 1)
            .get("/directory")
            .then()
            .statusCode(200)
            .body("next", notNullValue())
            .extract()
            .path("next");
    List<String> rest =
        on(b)
            .queryParam("state", state)
            .queryParam("limit", 5)
            .queryParam("cursor", cursor)
            .get("/directory")
            .then()
            .statusCode(200)
            .extract()
            .path("items.handle");
    assertEquals(2, rest.size());
    assertEquals(1, database.strings("SELECT count(*) FROM service_secret").size());
  }

  @Test
  void eachJobRunsOncePerPeriodThoughBothScheduleIt() {
    long[] first = jobState();
    PackagedReplica.await(
        () -> jobState()[1] >= first[1] + 3 && triggers(a) > 0 && triggers(b) > 0,
        HANG,
        "the job did not run three more times, triggered by both replicas");
    // Between two readings: no more runs than periods, however many triggers fired.
    long[] later = jobState();
    long runs = later[1] - first[1];
    long periods = later[0] - first[0];
    assertTrue(runs <= periods, runs + " runs in " + periods + " periods");
    PackagedReplica.await(
        () -> {
          long[] before = jobState();
          long ran = count(a, JOB, "ran") + count(b, JOB, "ran");
          long[] after = jobState();
          return before[1] == after[1] && ran == after[1];
        },
        HANG,
        "the replicas' run counts never added up to the runs recorded");
    assertTrue(
        triggers(a) + triggers(b) > jobState()[1], "both replicas fire the trigger, one runs it");
  }

  @Test
  void aClientsBurstIsSharedByBothReplicas() {
    String client = clientAddress();
    // Writes: a burst of 20, then one a second. Alternating replicas until the first refusal: with
    // a bucket per replica that takes 40 writes, with one shared bucket 20 plus what the elapsed
    // seconds earned back.
    long start = System.nanoTime();
    int admitted = 0;
    while (admitted < 200
        && from(admitted % 2 == 0 ? a : b, client).delete("/nope/" + admitted).statusCode()
            != 429) {
      admitted++;
    }
    long earned = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;
    assertTrue(admitted >= 20, admitted + " writes admitted, fewer than the burst");
    assertTrue(
        admitted <= 20 + earned && admitted < 40,
        admitted + " writes admitted in " + earned + " s");
    on(a).get("/q/health/ready").then().statusCode(200);
  }

  @Test
  void aVisibilityChangeThroughOneIsSeenThroughTheOtherAsSoonAsItsNotificationArrives() {
    String subject = "sub-" + UUID.randomUUID();
    String handle = handle();
    create(a, subject, profile(handle));
    on(b).get("/profiles/" + handle).then().statusCode(200).body("email", nullValue());
    on(a)
        .auth()
        .oauth2(DevIdentityProvider.user(subject))
        .contentType("application/merge-patch+json")
        .body(Map.of("visibility", Map.of("email", "PUBLIC")))
        .patch("/me")
        .then()
        .statusCode(200);
    assertSeenThrough(b, handle, handle + "@example.org");
    on(a)
        .auth()
        .oauth2(DevIdentityProvider.user(subject))
        .contentType("application/merge-patch+json")
        .body(Map.of("visibility", Map.of("email", "PRIVATE")))
        .patch("/me")
        .then()
        .statusCode(200);
    assertSeenThrough(b, handle, null);
  }

  /**
   * The other replica drops its cached view when the commit's notification reaches it, which
   * PostgreSQL sends at commit: within milliseconds, but not before the writer has answered. So the
   * reads poll, for at most two seconds, and the view must be the new one by then.
   */
  private static void assertSeenThrough(PackagedReplica replica, String handle, String email) {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    Object seen;
    do {
      seen = on(replica).get("/profiles/" + handle).then().statusCode(200).extract().path("email");
    } while (!Objects.equals(seen, email) && System.nanoTime() < deadline);
    assertEquals(email, seen, "the other replica still shows the old view after two seconds");
  }

  @Test
  void concurrentLegalActionsThroughBothKeepTheAuditChainValid() throws Exception {
    String target = handle();
    create(a, "sub-" + UUID.randomUUID(), profile(target));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> filed = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        PackagedReplica replica = i % 2 == 0 ? a : b;
        filed.add(
            threads.submit(
                () ->
                    on(replica)
                        .auth()
                        .oauth2(
                            DevIdentityProvider.withRoles(
                                "intake-" + UUID.randomUUID(), "legal-intake"))
                        .contentType(ContentType.JSON)
                        .body(legalRequest(target))
                        .post("/legal/requests")
                        .statusCode()));
      }
      for (Future<Integer> status : filed) {
        assertEquals(201, status.get());
      }
    } finally {
      threads.shutdown();
    }
    for (PackagedReplica replica : List.of(a, b)) {
      on(replica)
          .auth()
          .oauth2(DevIdentityProvider.withRoles("reviewer-" + UUID.randomUUID(), "legal-reviewer"))
          .get("/legal/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", equalTo(true))
          .body("firstBrokenEntry", nullValue());
    }
  }

  @Test
  void anErasureThroughOneIsNotFoundThroughTheOther() {
    String subject = "sub-" + UUID.randomUUID();
    String handle = handle();
    create(a, subject, profile(handle));
    on(b).get("/profiles/" + handle).then().statusCode(200);
    on(a).auth().oauth2(DevIdentityProvider.user(subject)).delete("/me").then().statusCode(204);
    on(b).get("/profiles/" + handle).then().statusCode(404);
    on(b).auth().oauth2(DevIdentityProvider.user(subject)).get("/me").then().statusCode(404);
  }

  private static String listed(PackagedReplica replica, String state) {
    String subject = "sub-" + UUID.randomUUID();
    String handle = handle();
    Map<String, Object> body = profile(handle);
    body.put("location", Map.of("country", "NL", "state", state, "city", "Utrecht", "zip", "3511"));
    create(replica, subject, body);
    on(replica)
        .auth()
        .oauth2(DevIdentityProvider.user(subject))
        .contentType(ContentType.JSON)
        .body(Map.of("granted", true))
        .put("/me/consents/directory_listing")
        .then()
        .statusCode(200);
    return handle;
  }

  private static void create(PackagedReplica replica, String subject, Map<String, Object> body) {
    on(replica)
        .auth()
        .oauth2(DevIdentityProvider.user(subject))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/profiles")
        .then()
        .statusCode(201);
  }

  private static Map<String, Object> profile(String handle) {
    Map<String, Object> body = new HashMap<>();
    body.put("handle", handle);
    body.put("name", "Test Person");
    body.put("email", handle + "@example.org");
    return body;
  }

  private static Map<String, Object> legalRequest(String handle) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalBasis", "SUBPOENA");
    body.put("issuingAuthority", "District Court of Example County");
    body.put("referenceNumber", "REF-" + UUID.randomUUID());
    body.put("issuedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    body.put("targetHandles", List.of(handle));
    body.put("requestedFields", List.of("email"));
    return body;
  }

  private static String handle() {
    return "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The last period run and the runs so far, as the database records them. */
  private static long[] jobState() {
    List<String> row =
        database.strings(
            "SELECT last_period || ',' || runs FROM scheduled_job WHERE name = '" + JOB + "'");
    if (row.isEmpty()) {
      return new long[] {0, 0};
    }
    String[] parts = row.get(0).split(",");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }

  private static long triggers(PackagedReplica replica) {
    return count(replica, JOB, "ran")
        + count(replica, JOB, "already_ran")
        + count(replica, JOB, "running_elsewhere");
  }

  private static final Pattern RUNS =
      Pattern.compile("(?m)^profile_jobs_runs_total\\{([^}]*)\\} ([0-9.Ee+]+)$");

  private static long count(PackagedReplica replica, String job, String outcome) {
    Matcher line = RUNS.matcher(replica.metrics());
    while (line.find()) {
      String labels = line.group(1);
      if (labels.contains("job=\"" + job + "\"")
          && labels.contains("outcome=\"" + outcome + "\"")) {
        return (long) Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }

  /** A request from an address of its own, so the tests never spend each other's buckets. */
  private static RequestSpecification on(PackagedReplica replica) {
    return from(replica, clientAddress());
  }

  private static RequestSpecification from(PackagedReplica replica, String client) {
    return given().baseUri(replica.baseUri()).header("X-Forwarded-For", client);
  }

  private static String clientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }
}
