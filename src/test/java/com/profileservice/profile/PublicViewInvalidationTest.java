package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.common.mail.InMemoryMailbox;
import com.profileservice.common.persistence.DatabaseConfig;
import com.profileservice.picture.Images;
import com.profileservice.support.Await;
import com.profileservice.support.Concurrently;
import com.profileservice.support.Database;
import com.profileservice.support.Emails;
import com.profileservice.support.Profiles;
import com.profileservice.support.SqlStatements;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import com.profileservice.verification.VerificationConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cache of public views never serves what a committed write changed. Each write test holds back
 * the database's notifications, so that only the writing replica's own eviction can make the very
 * next read fresh; the notifications are proven on their own, by a second listener.
 */
@QuarkusTest
class PublicViewInvalidationTest {

  @Inject PublicViewCache cache;
  @Inject PublicViewListener listener;
  @Inject SqlStatements statements;
  @Inject Database database;
  @Inject InMemoryMailbox mailbox;
  @Inject TestClock clock;
  @Inject VerificationConfig verification;
  @Inject DatabaseConfig databaseConfig;
  @Inject Vertx vertx;

  @ConfigProperty(name = "quarkus.datasource.reactive.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  @AfterEach
  void restore() {
    listener.release();
    listener.resumeRelistening();
    clock.reset();
    Await.until("the cache is in use", cache::inUse);
  }

  @Test
  void anUncachedViewIsOneStatementAndACachedOneOrItsNotModifiedNone() {
    String handle = Profiles.create(newSubject(), minimal(handle()));

    SqlStatements.Counted<Response> first = statements.counting(() -> get(handle, null));
    assertEquals(200, first.result().statusCode());
    assertEquals(1, first.statements(), "uncached view");

    SqlStatements.Counted<Response> hit = statements.counting(() -> get(handle, null));
    assertEquals(first.result().asString(), hit.result().asString());
    assertEquals(first.result().header("ETag"), hit.result().header("ETag"));
    assertEquals(0, hit.statements(), "cached view");

    String tag = first.result().header("ETag");
    SqlStatements.Counted<Response> notModified = statements.counting(() -> get(handle, tag));
    assertEquals(304, notModified.result().statusCode());
    assertEquals(tag, notModified.result().header("ETag"));
    assertEquals(0, notModified.statements(), "304 from the cache");
  }

  @Test
  void hidingAFieldShowsOnTheVeryNextRead() {
    String subject = newSubject();
    String handle = handle();
    Profiles.create(subject, Profiles.with(minimal(handle), "website", "https://w.example.org/"));
    String before = cachedTag(handle);
    listener.hold();

    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("website", "PRIVATE")))
        .statusCode(200);

    Response after = get(handle, before);
    assertEquals(200, after.statusCode(), "never a 304 on the old tag");
    assertNotEquals(before, after.header("ETag"));
    assertFalse(after.asString().contains("w.example.org"), after.asString());
  }

  @Test
  void aNewPictureShowsOnTheVeryNextRead() {
    String subject = newSubject();
    String handle = Profiles.create(subject, minimal(handle()));
    String before = cachedTag(handle);
    listener.hold();

    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .contentType("image/png")
        .body(Images.of("png", 20, 20))
        .put("/me/picture")
        .then()
        .statusCode(204);

    Response after = get(handle, before);
    assertEquals(200, after.statusCode());
    assertNotEquals(before, after.header("ETag"));
    assertEquals("/profiles/" + handle + "/picture", after.jsonPath().getString("picture"));
  }

  @Test
  void anErasedProfileIsGoneOnTheVeryNextRead() {
    String subject = newSubject();
    String handle = Profiles.create(subject, minimal(handle()));
    String before = cachedTag(handle);
    listener.hold();

    given().auth().oauth2(Tokens.user(subject)).delete("/me").then().statusCode(204);

    assertEquals(404, get(handle, before).statusCode());
  }

  @Test
  void aVerifiedNewAddressShowsOnTheVeryNextRead() {
    String subject = newSubject();
    String handle = handle();
    Profiles.create(
        subject, Profiles.with(minimal(handle), "visibility", Map.of("email", "PUBLIC")));
    String next = handle + "@new.example.org";
    Profiles.patch(Tokens.user(subject), Map.of("email", next)).statusCode(200);
    String before = cachedTag(handle);
    assertTrue(get(handle, null).asString().contains(handle + "@example.org"));
    listener.hold();

    Emails.verifyAddress(mailbox, next);

    Response after = get(handle, before);
    assertEquals(200, after.statusCode());
    assertEquals(next, after.jsonPath().getString("email"));
  }

  @Test
  void anUnverifiedAccountIsNotFoundFromTheEndOfItsGracePeriodWithNothingWritten() {
    String handle = Profiles.create(newSubject(), minimal(handle()));
    cachedTag(handle);
    String row = "select version, updated_at from profile where handle = $1";
    String stored = database.rows(row, handle).get(0).deepToString();

    clock.advance(verification.verificationGrace().minusSeconds(5));
    assertEquals(200, get(handle, null).statusCode(), "still within the grace period");
    clock.advance(Duration.ofSeconds(6));

    assertEquals(404, get(handle, null).statusCode());
    assertEquals(stored, database.rows(row, handle).get(0).deepToString(), "nothing written");
  }

  @Test
  void anotherReplicasCacheDropsTheViewWhenTheChangeIsNotified() {
    PublicViewCache other = new PublicViewCache(true, 1000, clock);
    PublicViewListener otherListener =
        new PublicViewListener(
            vertx, other, PublicViewListener.options(url, username, password, databaseConfig), 50);
    otherListener.start();
    try {
      Await.until("the second listener listens", other::inUse);
      String subject = newSubject();
      String handle = Profiles.create(subject, minimal(handle()));
      String key = PublicViewCache.key(handle);
      other.keep(
          key, other.ticket(key), new RenderedView(new byte[] {1}, "\"x\"", RenderedView.FOREVER));
      assertNotNull(other.lookup(key));

      Profiles.patch(Tokens.user(subject), Map.of("name", "Someone Else")).statusCode(200);

      Await.until("the second cache drops the view", () -> other.lookup(key) == null);
    } finally {
      otherListener.stop();
    }
  }

  @Test
  void whileTheListeningConnectionIsDownReadsGoToTheDatabaseUntilItListensAgain() {
    String handle = Profiles.create(newSubject(), minimal(handle()));
    cachedTag(handle);
    listener.pauseRelistening();

    List<?> ended =
        database.rows(
            "select pg_terminate_backend(pid) from pg_stat_activity"
                + " where application_name = $1 and datname = current_database()",
            PublicViewListener.APPLICATION_NAME);
    assertEquals(1, ended.size(), "one listening connection");
    Await.until("the cache is bypassed", () -> !cache.inUse());

    assertEquals(1, statements.during(() -> get(handle, null)), "bypassed");
    assertEquals(1, statements.during(() -> get(handle, null)), "still bypassed, nothing kept");

    listener.resumeRelistening();
    Await.until("the cache is in use again", cache::inUse);
    assertEquals(1, statements.during(() -> get(handle, null)), "refilled");
    assertEquals(0, statements.during(() -> get(handle, null)), "served from the cache");
  }

  @Test
  void readersRacingEachWriteNeverKeepTheViewItReplaced() throws Exception {
    String subject = newSubject();
    String handle = handle();
    Profiles.create(subject, Profiles.with(minimal(handle), "website", "https://v0.example.org/"));
    cachedTag(handle);
    listener.hold();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> reading = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        reading.add(
            readers.submit(
                () -> {
                  while (writing.get()) {
                    Concurrently.request().get("/profiles/" + handle).then().statusCode(200);
                  }
                }));
      }
      for (int i = 1; i <= 10; i++) {
        String website = "https://v" + i + ".example.org/";
        Profiles.patch(Tokens.user(subject), Map.of("website", website)).statusCode(200);

        assertEquals(
            website, get(handle, null).jsonPath().getString("website"), "after write " + i);
      }
      writing.set(false);
      for (Future<?> reader : reading) {
        reader.get(Concurrently.HANG.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      writing.set(false);
      readers.shutdownNow();
    }
  }

  @Test
  void aChangeMadeByHandIsHeardFromTheDatabase() {
    String handle = Profiles.create(newSubject(), minimal(handle()));
    cachedTag(handle);
    String key = PublicViewCache.key(handle);

    database.execute("update profile set name = 'Changed By Hand' where handle = $1", handle);

    Await.until("the notification evicts the view", () -> cache.lookup(key) == null);
    assertEquals("Changed By Hand", get(handle, null).jsonPath().getString("name"));
  }

  /** Reads the view twice, so that the second is served from the cache; returns its tag. */
  private String cachedTag(String handle) {
    Response first = get(handle, null);
    assertEquals(200, first.statusCode());
    assertEquals(0, statements.during(() -> get(handle, null)), "the view is cached");
    return first.header("ETag");
  }

  private static Response get(String handle, String ifNoneMatch) {
    var request = given();
    if (ifNoneMatch != null) {
      request = request.header("If-None-Match", ifNoneMatch);
    }
    return request.get("/profiles/" + handle);
  }

  private static String handle() {
    return newHandle();
  }
}
