package com.profileservice.common.persistence;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Concurrently;
import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients of one user writing at once: every request ends with a defined answer (success, 404,
 * 409 or 412), none with a 5xx and none hangs, and a bystander is served meanwhile.
 */
@QuarkusTest
class ConcurrentWritesTest {

  private static final Set<Integer> DEFINED = Set.of(200, 201, 204, 404, 409, 412);

  /** What the log shows when a request failed unexpectedly or a failure went unnoticed. */
  private static final List<String> LOGGED_DEFECTS =
      List.of("unexpected failure", "Mutiny had to drop", "HR000069", "HHH000099", "HR000090");

  @Inject Database database;

  private CapturedLogs logs;

  @BeforeEach
  void captureLogs() {
    logs = CapturedLogs.all();
  }

  /** Every test here also proves that nothing was logged as a defect while it ran. */
  @AfterEach
  void nothingWasLoggedAsADefect() {
    logs.close();
    List<String> defects =
        logs.lines().stream()
            .filter(line -> LOGGED_DEFECTS.stream().anyMatch(line::contains))
            .toList();
    assertEquals(List.of(), defects);
  }

  /** Set-up requests too: one that hangs must fail this test, not stall the ones after it. */
  @BeforeAll
  static void boundEveryRequest() {
    RestAssured.config = Concurrently.BOUNDED;
  }

  @AfterAll
  static void restoreRequestDefaults() {
    RestAssured.config = RestAssuredConfig.config();
  }

  @Test
  void concurrentErasuresOfOneProfileEraseItOnceAndAnswerTheRest404() {
    String subject = newSubject();
    String handle = Profiles.create(subject, minimal(newHandle()));
    String token = Tokens.user(subject);

    List<Response> answers =
        Concurrently.run(8, i -> Concurrently.request().auth().oauth2(token).delete("/me"));

    assertEquals(Map.of(204, 1L, 404, 7L), statusCounts(answers), describe(answers));
    Concurrently.request().auth().oauth2(token).get("/me").then().statusCode(404);
    Profiles.patch(token, Map.of("name", "After")).statusCode(404);
    Concurrently.request().get("/profiles/" + handle).then().statusCode(404);
    assertEquals(0, database.count("select count(*) from profile where subject = $1", subject));
  }

  @Test
  void erasuresPilingUpForSeveralUsersLeaveABystanderServed() {
    List<String> tokens = new ArrayList<>();
    for (int user = 0; user < 4; user++) {
      String subject = newSubject();
      Profiles.create(subject, minimal(newHandle()));
      tokens.add(Tokens.user(subject));
    }
    String bystander = newSubject();
    Profiles.create(bystander, minimal(newHandle()));
    String bystanderToken = Tokens.user(bystander);
    int erasures = tokens.size() * 8;

    List<Response> answers =
        Concurrently.run(
            erasures + 1,
            i ->
                i < erasures
                    ? Concurrently.request().auth().oauth2(tokens.get(i % 4)).delete("/me")
                    : bystanderRound(bystanderToken));

    List<Response> erasureAnswers = answers.subList(0, erasures);
    assertEquals(Map.of(204, 4L, 404, 28L), statusCounts(erasureAnswers), describe(answers));
    assertEquals(200, answers.get(erasures).statusCode(), answers.get(erasures).asString());
  }

  /** The bystander reads, writes and asks for readiness while the others pile up: all 200. */
  private static Response bystanderRound(String token) {
    Response last = null;
    for (int round = 0; round < 3; round++) {
      for (Response r :
          List.of(
              Concurrently.request().auth().oauth2(token).get("/me"),
              Concurrently.request()
                  .auth()
                  .oauth2(token)
                  .contentType("application/merge-patch+json")
                  .body(Map.of("name", "Bystander " + round))
                  .patch("/me"),
              Concurrently.request().get("/q/health/ready"))) {
        if (r.statusCode() != 200) {
          return r;
        }
        last = r;
      }
    }
    return last;
  }

  @Test
  void hundredConcurrentPatchesWithOneIfMatchLetExactlyOneThrough() {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    String token = Tokens.user(subject);
    String etag = Concurrently.request().auth().oauth2(token).get("/me").header("ETag");

    List<Response> answers =
        Concurrently.run(
            100,
            i ->
                Concurrently.request()
                    .auth()
                    .oauth2(token)
                    .header("If-Match", etag)
                    .contentType("application/merge-patch+json")
                    .body(Map.of("name", "Writer " + i))
                    .patch("/me"));

    assertEquals(Map.of(200, 1L, 412, 99L), statusCounts(answers), describe(answers));
  }

  @Test
  void fiftyConcurrentPatchesWithoutIfMatchAllApplyAndTheLedgerHoldsEachRealChange() {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    String token = Tokens.user(subject);
    String initialFlag =
        Concurrently.request().auth().oauth2(token).get("/me").path("visibility.website");

    List<Response> answers =
        Concurrently.run(
            50,
            i ->
                Concurrently.request()
                    .auth()
                    .oauth2(token)
                    .contentType("application/merge-patch+json")
                    .body(
                        Map.of(
                            "name",
                            "Writer " + i,
                            "visibility",
                            Map.of("website", i % 2 == 0 ? "PUBLIC" : "PRIVATE")))
                    .patch("/me"));

    assertEquals(Map.of(200, 50L), statusCounts(answers), describe(answers));
    // Each patch names its own writer, so each is a real change with its own version; applied in
    // version order, the website flag changes exactly where two neighbours differ.
    TreeMap<Integer, Response> byVersion = new TreeMap<>();
    answers.forEach(r -> byVersion.put(r.path("version"), r));
    assertEquals(50, byVersion.size(), "every patch wrote its own version");
    String flag = initialFlag;
    int flagChanges = 0;
    for (Response applied : byVersion.values()) {
      String next = applied.path("visibility.website");
      flagChanges += next.equals(flag) ? 0 : 1;
      flag = next;
    }
    Response stored = Concurrently.request().auth().oauth2(token).get("/me");
    Response lastWriter = byVersion.lastEntry().getValue();
    assertEquals((String) lastWriter.path("name"), stored.path("name"), "last writer wins");
    assertEquals(flag, stored.path("visibility.website"));
    List<Row> ledger =
        database.rows(
            "select old_value, new_value from privacy_ledger"
                + " where owner_subject = $1 and item = 'website' order by id",
            subject);
    assertEquals(flagChanges, ledger.size(), "one ledger entry per real change");
    String before = initialFlag;
    for (Row entry : ledger) {
      assertEquals(before, entry.getString("old_value"), "each entry starts where the last ended");
      before = entry.getString("new_value");
    }
  }

  @Test
  void fiftyConcurrentConsentTogglesEachAnswerWhatTheyCommitted() {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    String token = Tokens.user(subject);

    List<Response> answers =
        Concurrently.run(
            50,
            i ->
                Concurrently.request()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("granted", i % 2 == 0))
                    .put("/me/consents/news"));

    assertEquals(Map.of(200, 50L), statusCounts(answers), describe(answers));
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(i % 2 == 0, answers.get(i).<Boolean>path("granted"), "answer " + i);
    }
    // The ledger orders the commits that changed something: each starts where the one before
    // ended, so no toggle was lost, and the newest one is the state that is stored.
    List<Row> ledger =
        database.rows(
            "select old_value, new_value from privacy_ledger"
                + " where owner_subject = $1 and item = 'news' order by id",
            subject);
    String state = "false";
    for (Row entry : ledger) {
      assertEquals(state, entry.getString("old_value"), "each entry starts where the last ended");
      state = entry.getString("new_value");
    }
    Boolean stored =
        Concurrently.request()
            .auth()
            .oauth2(token)
            .get("/me/consents")
            .path("find { it.name == 'news' }.granted");
    assertEquals(Boolean.parseBoolean(state), stored);
  }

  @Test
  void addressesReportedWhileTheOwnerWithdrawsAreNeverKeptAfterTheWithdrawal() {
    String commentsToken = Tokens.withRoles("comments-service", "comments");
    for (int round = 0; round < 5; round++) {
      String subject = newSubject();
      String handle = Profiles.create(subject, minimal(newHandle()));
      String token = Tokens.user(subject);
      Consents.put(Concurrently.request(), token, "comment_ip_logging", true)
          .then()
          .statusCode(200);
      int rounds = round;

      List<Response> answers =
          Concurrently.run(
              41,
              i ->
                  i == 20
                      ? Consents.put(Concurrently.request(), token, "comment_ip_logging", false)
                      : Concurrently.request()
                          .auth()
                          .oauth2(commentsToken)
                          .contentType(ContentType.JSON)
                          .body(
                              Map.of(
                                  "commentId",
                                  "c" + rounds + "-" + i,
                                  "ip",
                                  "192.0.2.7",
                                  "postedAt",
                                  Instant.now().toString()))
                          .post("/internal/profiles/" + handle + "/comment-ips"));

      assertEquals(200, answers.get(20).statusCode(), answers.get(20).asString());
      assertTrue(
          answers.stream().allMatch(r -> DEFINED.contains(r.statusCode()) || r.statusCode() == 202),
          describe(answers));
      // Reports that came first were deleted with the withdrawal; later ones were not stored.
      assertEquals(
          0,
          database.count(
              "select count(*) from comment_ip c join profile p on p.id = c.profile_id"
                  + " where p.subject = $1",
              subject));
    }
  }

  @Test
  void fiftyConcurrentCreatesWithCaseVariantsOfOneHandleCreateOneAndRefuseTheRestAlike() {
    List<String> variants = caseVariants("cc" + randomLetters(6), 50);

    List<Response> answers =
        Concurrently.run(
            50,
            i ->
                Concurrently.request()
                    .auth()
                    .oauth2(Tokens.user(newSubject()))
                    .contentType(ContentType.JSON)
                    .body(minimal(variants.get(i)))
                    .post("/profiles"));

    assertEquals(Map.of(201, 1L, 409, 49L), statusCounts(answers), describe(answers));
    assertEquals(Set.of("handle-taken"), problemTypes(answers, 409), describe(answers));
  }

  @Test
  void fiftyConcurrentCreatesByOneSubjectCreateOneAndRefuseTheRestAlike() {
    String token = Tokens.user(newSubject());

    List<Response> answers =
        Concurrently.run(
            50,
            i ->
                Concurrently.request()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(minimal(newHandle()))
                    .post("/profiles"));

    assertEquals(Map.of(201, 1L, 409, 49L), statusCounts(answers), describe(answers));
    assertEquals(Set.of("profile-exists"), problemTypes(answers, 409), describe(answers));
  }

  private static String randomLetters(int count) {
    Random random = new Random();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  /** {@code count} different spellings of {@code base}, all letters, equal ignoring case. */
  private static List<String> caseVariants(String base, int count) {
    String lower = base.toLowerCase(Locale.ROOT);
    List<String> variants = new ArrayList<>();
    for (int mask = 0; variants.size() < count; mask++) {
      StringBuilder variant = new StringBuilder();
      int bit = 0;
      for (char c : lower.toCharArray()) {
        boolean letter = Character.isLetter(c);
        variant.append(letter && (mask >> bit & 1) == 1 ? Character.toUpperCase(c) : c);
        bit += letter ? 1 : 0;
      }
      if (!variants.contains(variant.toString())) {
        variants.add(variant.toString());
      }
    }
    return variants;
  }

  private static Map<Integer, Long> statusCounts(Collection<Response> answers) {
    return answers.stream()
        .collect(Collectors.groupingBy(Response::statusCode, TreeMap::new, Collectors.counting()));
  }

  private static Set<String> problemTypes(List<Response> answers, int status) {
    return answers.stream()
        .filter(r -> r.statusCode() == status)
        .map(r -> r.<String>path("type"))
        .map(type -> type.substring(type.lastIndexOf(':') + 1))
        .collect(Collectors.toSet());
  }

  /** The answers that are not defined outcomes, for the failure message. */
  private static String describe(List<Response> answers) {
    Map<Integer, String> odd = new HashMap<>();
    IntStream.range(0, answers.size())
        .filter(i -> !DEFINED.contains(answers.get(i).statusCode()))
        .forEach(i -> odd.putIfAbsent(answers.get(i).statusCode(), answers.get(i).asString()));
    return "statuses " + statusCounts(answers) + ", undefined answers " + odd;
  }
}
