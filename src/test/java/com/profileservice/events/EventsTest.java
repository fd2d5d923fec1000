package com.profileservice.events;

import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.filed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.common.mail.InMemoryMailbox;
import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Emails;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox: which writes append which events, what they carry, and the pull feed. */
@QuarkusTest
class EventsTest {

  private static final String CONSUMER = Tokens.withRoles("comments-service", "events");

  @Inject Database database;
  @Inject TestClock clock;
  @Inject InMemoryMailbox mailbox;
  @Inject EventRetention retention;
  @Inject EventNotifications notifications;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void creatingAProfileEmitsProfileCreatedOnceAsACloudEvent() {
    String handle = created(Profiles.newSubject());

    assertEquals(List.of("profile.created"), types(handle));
    Map<String, Object> event = feedEventsOf(handle).get(0);
    assertEquals("1.0", event.get("specversion"));
    assertEquals("profile-service.profile.created", event.get("type"));
    assertEquals("/profile-service", event.get("source"));
    assertEquals(handle, event.get("subject"));
    assertEquals("application/json", event.get("datacontenttype"));
    assertEquals(1, event.get("profilesequence"));
    assertEquals(Map.of("handle", handle), event.get("data"));
    assertTrue(((String) event.get("id")).matches("[0-9a-f-]{36}"));
    Instant.parse((String) event.get("time"));
  }

  @Test
  void changingAPublicFieldNamesItAndGivesTheNewPublicETag() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    Profiles.patch(Tokens.user(subject), Map.of("website", "https://new.example.org/"))
        .statusCode(200);

    assertEquals(List.of("profile.created", "profile.public-view-changed"), types(handle));
    Map<String, Object> data = data(handle, 1);
    assertEquals(List.of("website"), data.get("fields"));
    String etag =
        given().get("/profiles/" + handle).then().statusCode(200).extract().header("ETag");
    assertEquals(etag, data.get("publicETag"));
  }

  @Test
  void makingAFieldPublicOrPrivateNamesIt() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("email", "PUBLIC")))
        .statusCode(200);
    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("email", "PRIVATE")))
        .statusCode(200);

    assertEquals(List.of("email"), data(handle, 1).get("fields"));
    assertEquals(List.of("email"), data(handle, 2).get("fields"));
  }

  @Test
  void changingOnlyPrivateFieldsEmitsNothing() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    Profiles.patch(Tokens.user(subject), Map.of("birthday", "1990-02-03", "phone", "+31612345678"))
        .statusCode(200);
    Profiles.patch(Tokens.user(subject), Map.of("website", "https://example.org/")).statusCode(200);
    Profiles.patch(Tokens.user(subject), Map.of("website", "https://example.org/")).statusCode(200);

    assertEquals(List.of("profile.created", "profile.public-view-changed"), types(handle));
  }

  @Test
  void consentChangeEmitsItsNameAndStateOncePerChange() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    Consents.set(Tokens.user(subject), "directory_listing", true);
    Consents.set(Tokens.user(subject), "directory_listing", true);
    Consents.set(Tokens.user(subject), "directory_listing", false);

    assertEquals(List.of("profile.created", "consent.changed", "consent.changed"), types(handle));
    assertEquals(
        Map.of("handle", handle, "consent", "directory_listing", "granted", true), data(handle, 1));
    assertEquals(false, data(handle, 2).get("granted"));
  }

  @Test
  void verifyingTheAddressEmitsEmailVerifiedAndNoStatusChangeWhileActive() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    Emails.verifyAddress(mailbox, handle + "@example.org");

    assertEquals(List.of("profile.created", "email.verified"), types(handle));
  }

  @Test
  void verifyingAnInactiveAccountEmitsTheStatusChange() {
    String subject = Profiles.newSubject();
    String handle = created(subject);
    clock.advance(Duration.ofDays(15));
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .post("/me/email-verification")
        .then()
        .statusCode(202);

    Emails.verifyAddress(mailbox, handle + "@example.org");

    assertEquals(
        List.of("profile.created", "email.verified", "account.status-changed"), types(handle));
    assertEquals("ACTIVE", data(handle, 2).get("status"));
  }

  @Test
  void erasureEmitsProfileErasedWithTheSubject() {
    String subject = Profiles.newSubject();
    String handle = created(subject);

    given().auth().oauth2(Tokens.user(subject)).delete("/me").then().statusCode(204);

    assertEquals(List.of("profile.created", "profile.erased"), types(handle));
    assertEquals(Map.of("handle", handle, "sub", subject), data(handle, 1));
  }

  @Test
  void erasureUnderALegalHoldIsStillAnEventAndTheHoldIsNot() {
    String subject = Profiles.newSubject();
    String handle = created(subject);
    long request = filed(body("PRESERVATION", List.of(handle), List.of()));
    approved(request, List.of());

    given().auth().oauth2(Tokens.user(subject)).delete("/me").then().statusCode(204);

    assertEquals(
        1, database.count("select count(*) from frozen_profile where subject = $1", subject));
    assertEquals(List.of("profile.created", "profile.erased"), types(handle));
  }

  /**
   * Hibernate Reactive logs an ERROR for each commit the server refuses, which is exactly what this
   * test makes it do; the outcome owed (503, nothing kept) is checked, so this test alone silences
   * that category while it runs.
   */
  private static final java.util.logging.Logger REFUSED_COMMITS =
      java.util.logging.Logger.getLogger("org.hibernate.reactive.pool.impl.SqlClientConnection");

  @Test
  void aWriteThatFailsAfterItsEventWasAppendedLeavesNoEvent() {
    REFUSED_COMMITS.setLevel(java.util.logging.Level.OFF);
    try {
      writesFailingAtCommitLeaveNoEvent();
    } finally {
      REFUSED_COMMITS.setLevel(null);
    }
  }

  private void writesFailingAtCommitLeaveNoEvent() {
    String subject = Profiles.newSubject();
    String handle = Profiles.newHandle();
    failCommitsOf(handle);
    try {
      Profiles.post(Tokens.user(subject), Profiles.minimal(handle)).statusCode(503);
      assertEquals(0, database.count("select count(*) from profile where handle = $1", handle));
      assertEquals(List.of(), types(handle));
    } finally {
      database.execute("delete from events_test_failing where handle = $1", handle);
    }
    Profiles.post(Tokens.user(subject), Profiles.minimal(handle)).statusCode(201);
    failCommitsOf(handle);
    try {
      Consents.put(given(), Tokens.user(subject), "directory_listing", true).then().statusCode(503);
      Profiles.patch(Tokens.user(subject), Map.of("website", "https://x.example.org/"))
          .statusCode(503);
      given().auth().oauth2(Tokens.user(subject)).delete("/me").then().statusCode(503);
    } finally {
      database.execute("delete from events_test_failing where handle = $1", handle);
    }

    assertEquals(List.of("profile.created"), types(handle));
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me")
        .then()
        .statusCode(200)
        .body("consents.directory_listing", equalTo(false));
  }

  @Test
  void noEventCarriesAPersonalValue() {
    String subject = Profiles.newSubject();
    String handle = Profiles.newHandle();
    Map<String, Object> body = Profiles.minimal(handle);
    body.put("name", "Quentin Zebulon");
    body.put("email", "qz-" + handle + "@example.org");
    body.put("birthday", "1977-07-07");
    body.put("phone", "+31687654321");
    body.put("website", "https://quentin.example.org/");
    body.put("location", Map.of("city", "Utrecht", "country", "NL"));
    Profiles.create(subject, body);
    String token = Tokens.user(subject);
    Profiles.patch(
            token,
            Map.of(
                "name",
                "Ursula Yarrow",
                "website",
                "https://ursula.example.org/",
                "visibility",
                Map.of("location.city", "PUBLIC", "email", "PUBLIC")))
        .statusCode(200);
    Consents.set(token, "comment_ip_logging", true);
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(
            Map.of("commentId", "c1", "ip", "198.51.100.77", "postedAt", Instant.now().toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(201);
    Emails.verifyAddress(mailbox, "qz-" + handle + "@example.org");
    given().auth().oauth2(token).delete("/me").then().statusCode(204);

    String feed = feedEventsOf(handle).toString();
    assertTrue(feed.contains("profile.erased"), feed);
    for (String value :
        List.of(
            "Quentin",
            "Zebulon",
            "Ursula",
            "Yarrow",
            "qz-",
            "example.org",
            "1977",
            "31687654321",
            "Utrecht",
            "198.51.100.77")) {
      assertFalse(feed.contains(value), value + " appears in " + feed);
    }
  }

  @Test
  void theFeedPagesWithACursorOldestFirst() {
    String start = endCursor();
    String subject = Profiles.newSubject();
    String handle = created(subject);
    for (int i = 0; i < 4; i++) {
      Profiles.patch(Tokens.user(subject), Map.of("website", "https://e" + i + ".example.org/"))
          .statusCode(200);
    }

    List<Object> sequences = new ArrayList<>();
    String cursor = start;
    for (int page = 0; page < 10; page++) {
      JsonPath answer = feed(cursor, 2, 0).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> events = answer.getList("events");
      if (events.isEmpty()) {
        break;
      }
      assertTrue(events.size() <= 2);
      events.stream()
          .filter(e -> handle.equals(e.get("subject")))
          .forEach(e -> sequences.add(e.get("profilesequence")));
      cursor = answer.getString("next");
    }
    assertEquals(List.of(1, 2, 3, 4, 5), sequences);
    feed(cursor, 2, 0).then().statusCode(200).body("events.size()", equalTo(0));
  }

  @Test
  void aLongPollAnswersWhenAnEventCommitsNotWhenTheWaitEnds() throws Exception {
    String start = endCursor();
    long began = System.nanoTime();
    CompletableFuture<Response> poll = CompletableFuture.supplyAsync(() -> feed(start, 10, 30));
    awaitParked();

    String handle = created(Profiles.newSubject());

    Response answer = poll.get(60, TimeUnit.SECONDS);
    long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    assertEquals(200, answer.statusCode());
    List<Map<String, Object>> events = answer.jsonPath().getList("events");
    assertTrue(events.stream().anyMatch(e -> handle.equals(e.get("subject"))), events::toString);
    assertTrue(waitedSeconds < 30, "the poll ran to the end of its wait");
  }

  @Test
  void aLongPollWithNothingToSayAnswersEmptyWithTheSameCursor() {
    String start = endCursor();
    feed(start, 10, 1).then().statusCode(200).body("next", equalTo(start));
  }

  @Test
  void aCursorOlderThanRetentionIsGoneAndSaysToResynchronise() {
    String handle = created(Profiles.newSubject());
    String old = cursorBefore(handle);
    clock.advance(Duration.ofDays(8));

    CompletableFuture<Void> first = CompletableFuture.runAsync(this::purge);
    CompletableFuture<Void> second = CompletableFuture.runAsync(this::purge);
    first.join();
    second.join();

    assertEquals(List.of(), types(handle));
    feed(old, 10, 0)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", endsWith("event-cursor-expired"))
        .body("detail", org.hamcrest.Matchers.containsString("Resynchronise"));
    String fresh = feed(null, 10, 0).then().statusCode(200).extract().path("next");
    feed(fresh, 10, 0).then().statusCode(200);
  }

  @Test
  void eventsWithinRetentionAreKept() {
    String handle = created(Profiles.newSubject());
    clock.advance(Duration.ofDays(6));

    purge();

    assertEquals(List.of("profile.created"), types(handle));
  }

  @Test
  void badCursorsLimitsAndWaitsAre422() {
    feed("not-a-cursor", 10, 0).then().statusCode(422).body("errors[0].field", equalTo("after"));
    feed(null, 0, 0).then().statusCode(422).body("errors[0].field", equalTo("limit"));
    feed(null, 501, 0).then().statusCode(422);
    feed(null, 10, 31).then().statusCode(422).body("errors[0].field", equalTo("wait"));
    feed(null, 10, -1).then().statusCode(422);
    given()
        .auth()
        .oauth2(CONSUMER)
        .get("/internal/events?limit=many")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void onlyTheEventsRoleMayReadTheFeed() {
    given().get("/internal/events").then().statusCode(401);
    for (String role :
        new String[] {"user", "mailer", "comments", "phonepost", "analyst", "legal-reviewer"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles("svc", role))
          .get("/internal/events")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void theExportListsNoEvents() {
    String subject = Profiles.newSubject();
    created(subject);
    Consents.set(Tokens.user(subject), "directory_listing", true);

    String export =
        given()
            .auth()
            .oauth2(Tokens.user(subject))
            .get("/me/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertFalse(export.contains("profile.created"), export);
    assertFalse(export.contains("consent.changed"), export);
    assertFalse(export.contains("profilesequence"), export);
  }

  // ------------------------------------------------------------------------------------------

  /** Until the long poll waits for a commit: a change made earlier would be found by its read. */
  private void awaitParked() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!notifications.awaited()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the long poll never waited");
      }
      Thread.sleep(5);
    }
  }

  private static String created(String subject) {
    return Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
  }

  private List<String> types(String handle) {
    return database
        .rows("select type from outbox_event where handle = $1 order by position", handle)
        .stream()
        .map(r -> r.getString(0))
        .toList();
  }

  private Map<String, Object> data(String handle, int index) {
    Row row =
        database
            .rows("select data::text from outbox_event where handle = $1 order by position", handle)
            .get(index);
    return new io.vertx.core.json.JsonObject(row.getString(0)).getMap();
  }

  /** This handle's events, as the feed serves them, from a cursor just before the first. */
  private List<Map<String, Object>> feedEventsOf(String handle) {
    List<Map<String, Object>> events =
        feed(cursorBefore(handle), 500, 0)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("events");
    return events.stream().filter(e -> handle.equals(e.get("subject"))).toList();
  }

  private String cursorBefore(String handle) {
    long first =
        database.count("select min(position) - 1 from outbox_event where handle = $1", handle);
    return EventCursor.encode(first);
  }

  /** The cursor at the end of the feed, read by paging through it as a consumer would. */
  private static String endCursor() {
    String cursor = null;
    for (int page = 0; page < 1000; page++) {
      JsonPath answer = feed(cursor, 500, 0).then().statusCode(200).extract().jsonPath();
      cursor = answer.getString("next");
      if (answer.getList("events").isEmpty()) {
        return cursor;
      }
    }
    throw new AssertionError("the feed has no end");
  }

  private static Response feed(String after, int limit, int waitSeconds) {
    Map<String, Object> query = new HashMap<>();
    if (after != null) {
      query.put("after", after);
    }
    query.put("limit", limit);
    query.put("wait", waitSeconds);
    return given().auth().oauth2(CONSUMER).queryParams(query).get("/internal/events");
  }

  private void purge() {
    try {
      VertxContextSupport.subscribeAndAwait(retention::purgeExpired);
    } catch (Throwable failure) {
      throw new AssertionError("the retention job failed", failure);
    }
  }

  /**
   * Makes every transaction that appends an event for {@code handle} fail as it commits, after the
   * insert: a deferred trigger raising a serialization failure, which the service answers 503.
   */
  private void failCommitsOf(String handle) {
    database.execute("create table if not exists events_test_failing (handle text primary key)");
    database.execute(
        "create or replace function events_test_fail() returns trigger language plpgsql as $$"
            + " begin if exists (select 1 from events_test_failing where handle = new.handle)"
            + " then raise exception 'failing on purpose' using errcode = '40001'; end if;"
            + " return null; end; $$");
    database.execute("drop trigger if exists events_test_fail on outbox_event");
    database.execute(
        "create constraint trigger events_test_fail after insert on outbox_event"
            + " deferrable initially deferred for each row execute function events_test_fail()");
    database.execute("insert into events_test_failing values ($1)", handle);
  }
}
