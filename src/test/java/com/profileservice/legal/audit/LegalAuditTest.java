package com.profileservice.legal.audit;

import static com.profileservice.legal.LegalRequests.approval;
import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.file;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.filedBy;
import static com.profileservice.legal.LegalRequests.get;
import static com.profileservice.legal.LegalRequests.intake;
import static com.profileservice.legal.LegalRequests.intakeToken;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.legal.LegalRequests;
import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LegalAuditTest {

  @Inject Database database;
  @Inject Pool pool;

  @Test
  void everyLegalActionAppendsAnEntryChainedOntoThePreviousOne() {
    String filer = intake();
    String decider = reviewer();
    String discloser = reviewer();
    long id = filedBy(filer, body("SUBPOENA", List.of(someProfile()), List.of("email")));
    decide(reviewerToken(decider), id, approval(List.of("email"))).statusCode(200);
    disclose(reviewerToken(discloser), id).statusCode(200);
    disclose(reviewerToken(discloser), id).statusCode(200);
    long hold = filedBy(filer, body("PRESERVATION", List.of(someProfile()), List.of()));
    decide(reviewerToken(decider), hold, approval(List.of())).statusCode(200);
    LegalRequests.extendHold(reviewerToken(decider), hold).statusCode(200);

    List<Row> entries =
        database.rows(
            "select seq, action, actor, request_id, previous_hash, hash from legal_audit_entry"
                + " where request_id in ($1, $2) order by seq",
            id,
            hold);
    assertEquals(
        List.of("FILED", "DECIDED", "DISCLOSED", "ACCESSED", "FILED", "DECIDED", "HOLD_EXTENDED"),
        entries.stream().map(r -> r.getString("action")).toList());
    assertEquals(
        List.of(filer, decider, discloser, discloser, filer, decider, decider),
        entries.stream().map(r -> r.getString("actor")).toList());
    for (Row entry : entries) {
      Row predecessor =
          database
              .rows("select hash from legal_audit_entry where seq = $1", entry.getLong("seq") - 1)
              .get(0);
      assertEquals(predecessor.getString("hash"), entry.getString("previous_hash"));
    }
    verify().body("valid", equalTo(true)).body("firstBrokenEntry", nullValue());
  }

  @Test
  void auditIsListedNewestFirstInPages() {
    String filer = intake();
    long id = filedBy(filer, body("SUBPOENA", List.of(someProfile()), List.of("email")));
    String decider = reviewer();
    decide(reviewerToken(decider), id, approval(List.of("email"))).statusCode(200);

    LegalRequests.get(reviewerToken(reviewer()), "/legal/audit?size=2")
        .statusCode(200)
        .body("size", equalTo(2))
        .body("items", org.hamcrest.Matchers.hasSize(2))
        .body("items[0].action", equalTo("DECIDED"))
        .body("items[0].actor", equalTo(decider))
        .body("items[0].requestId", equalTo((int) id))
        .body("items[1].action", equalTo("FILED"))
        .body(
            "totalItems", equalTo((int) database.count("select count(*) from legal_audit_entry")));
    LegalRequests.get(reviewerToken(reviewer()), "/legal/audit?size=0").statusCode(422);
  }

  @Test
  void verificationCountsEveryEntry() {
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));

    verify()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("entries", equalTo((int) database.count("select count(*) from legal_audit_entry")));
  }

  @Test
  void auditAndLogsNeverHoldDisclosedValues() {
    String handle = Profiles.newHandle();
    String email = "secret-" + handle + "@private.example.org";
    String phone = "+31698765432";
    Map<String, Object> profile = Profiles.minimal(handle);
    profile.put("email", email);
    profile.put("phone", phone);
    profile.put("birthday", "1969-09-09");
    Profiles.create(Profiles.newSubject(), profile);

    try (CapturedLogs logs = CapturedLogs.all()) {
      long id = filed(body("COURT_ORDER", List.of(handle), List.of("email", "phone", "birthday")));
      approved(id, List.of("email", "phone", "birthday"));
      disclose(reviewerToken(reviewer()), id).statusCode(200);
      disclose(reviewerToken(reviewer()), id).statusCode(200);

      String audit =
          database
              .rows(
                  "select string_agg(e::text, ' ') from legal_audit_entry e where request_id = $1",
                  id)
              .get(0)
              .getString(0);
      for (String secret : List.of(email, phone, "1969-09-09", handle)) {
        assertFalse(audit.contains(secret), () -> "the audit log holds " + secret);
        assertFalse(
            logs.lines().stream().anyMatch(line -> line.contains(secret)),
            () -> "a log line holds " + secret);
      }
      assertTrue(audit.contains("fields=email,birthday,phone"), audit);
    }
  }

  @Test
  void verificationFindsAnAlteredEntry() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    Row entry =
        database.rows("select seq, actor from legal_audit_entry where request_id = $1", id).get(0);
    long seq = entry.getLong("seq");

    bypassingTriggers("update legal_audit_entry set actor = 'someone-else' where seq = $1", seq);
    try {
      verify().body("valid", equalTo(false)).body("firstBrokenEntry", equalTo((int) seq));
    } finally {
      bypassingTriggers(
          "update legal_audit_entry set actor = $1 where seq = $2", entry.getString("actor"), seq);
    }
    verify().body("valid", equalTo(true));
  }

  @Test
  void verificationFindsADeletedEntry() {
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    Row deleted = database.rows("select * from legal_audit_entry where request_id = $1", id).get(0);
    long seq = deleted.getLong("seq");

    bypassingTriggers("delete from legal_audit_entry where seq = $1", seq);
    try {
      verify().body("valid", equalTo(false)).body("firstBrokenEntry", equalTo((int) seq));
    } finally {
      restore(deleted);
    }
    verify().body("valid", equalTo(true));
  }

  @Test
  void verificationFindsADeletedLastEntry() {
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    Row last = database.rows("select * from legal_audit_entry order by seq desc limit 1").get(0);
    long seq = last.getLong("seq");

    bypassingTriggers("delete from legal_audit_entry where seq = $1", seq);
    try {
      verify().body("valid", equalTo(false)).body("firstBrokenEntry", equalTo((int) seq));
    } finally {
      restore(last);
    }
    verify().body("valid", equalTo(true));
  }

  @Test
  void auditLogRefusesUpdateDeleteAndTruncate() {
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    long seq = database.count("select max(seq) from legal_audit_entry");

    for (String sql :
        List.of(
            "update legal_audit_entry set actor = 'x' where seq = " + seq,
            "delete from legal_audit_entry where seq = " + seq,
            "truncate legal_audit_entry")) {
      Throwable refused =
          assertThrows(
              Throwable.class,
              () ->
                  pool.withTransaction(
                          conn ->
                              conn.query(sql)
                                  .execute()
                                  // Should the trigger be missing, the rollback keeps the log.
                                  .onItem()
                                  .failWith(() -> new AssertionError(sql + " was allowed")))
                      .await()
                      .indefinitely(),
              sql);
      assertInstanceOf(PgException.class, refused, sql);
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
    verify().body("valid", equalTo(true));
  }

  @Test
  void concurrentActionsStillFormOneChain() throws Exception {
    String handle = someProfile();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> filings = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        filings.add(
            () ->
                file(intakeToken(intake()), body("SUBPOENA", List.of(handle), List.of("email")))
                    .extract()
                    .statusCode());
      }
      for (Future<Integer> status : threads.invokeAll(filings)) {
        assertEquals(201, status.get());
      }
    } finally {
      threads.shutdown();
    }

    JsonPath result = verify().statusCode(200).extract().jsonPath();
    assertTrue(result.getBoolean("valid"), result.prettify());
    assertEquals(
        0,
        database.count(
            "select count(*) from (select previous_hash from legal_audit_entry"
                + " group by previous_hash having count(*) > 1) forks"));
  }

  private io.restassured.response.ValidatableResponse verify() {
    return get(reviewerToken(reviewer()), "/legal/audit/verify").statusCode(200);
  }

  /**
   * Tampering as a database superuser would: replica mode skips the append-only triggers, for this
   * transaction only (SET LOCAL), so nothing needs restoring afterwards.
   */
  private void bypassingTriggers(String sql, Object... args) {
    pool.withTransaction(
            conn ->
                conn.query("set local session_replication_role = replica")
                    .execute()
                    .chain(() -> conn.preparedQuery(sql).execute(Tuple.from(args))))
        .await()
        .indefinitely();
  }

  private void restore(Row entry) {
    bypassingTriggers(
        "insert into legal_audit_entry"
            + " (seq, at, actor, action, request_id, detail, previous_hash, hash)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8)",
        entry.getLong("seq"),
        entry.getOffsetDateTime("at"),
        entry.getString("actor"),
        entry.getString("action"),
        entry.getLong("request_id"),
        entry.getString("detail"),
        entry.getString("previous_hash"),
        entry.getString("hash"));
  }
}
