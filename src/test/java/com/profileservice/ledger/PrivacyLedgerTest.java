package com.profileservice.ledger;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.policy.ConsentPolicy;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyLedgerTest {

  @Inject Database database;

  @Test
  void databaseRefusesUpdateDeleteAndTruncateOfTheLedgerEvenForASuperuser() {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    Consents.set(Tokens.user(subject), "news", true);
    assertTrue(isSuperuser(), "the test must run as a superuser to prove the point");

    assertThrows(
        RuntimeException.class,
        () ->
            database.execute(
                "update privacy_ledger set new_value = 'false' where owner_subject = $1", subject));
    assertThrows(
        RuntimeException.class,
        () -> database.execute("delete from privacy_ledger where owner_subject = $1", subject));
    assertThrows(RuntimeException.class, () -> database.execute("truncate privacy_ledger"));

    assertEquals(
        1, database.count("select count(*) from privacy_ledger where owner_subject = $1", subject));
  }

  @Test
  void visibilityChangesAreRecordedWithOldAndNewValue() {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));

    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("email", "PUBLIC")))
        .statusCode(200);

    List<Row> rows =
        database.rows(
            "select kind, item, old_value, new_value, actor, channel from privacy_ledger"
                + " where owner_subject = $1",
            subject);
    assertEquals(1, rows.size());
    Row row = rows.get(0);
    assertEquals("VISIBILITY", row.getString("kind"));
    assertEquals("email", row.getString("item"));
    assertEquals("PRIVATE", row.getString("old_value"));
    assertEquals("PUBLIC", row.getString("new_value"));
    assertEquals(subject, row.getString("actor"));
    assertEquals("api", row.getString("channel"));
  }

  @Test
  void ledgerHoldsNoPersonalValues() {
    String subject = newSubject();
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("phone", "+31611122233");
    body.put("birthday", "1971-01-01");
    body.put("visibility", Map.of("website", "PRIVATE"));
    Profiles.create(subject, body);
    Profiles.patch(
            Tokens.user(subject),
            Map.of(
                "email",
                "changed-" + handle + "@example.org",
                "visibility",
                Map.of("email", "PUBLIC")))
        .statusCode(200);
    Consents.set(Tokens.user(subject), "news", true);

    String everything =
        database
            .rows(
                "select row_to_json(l)::text from privacy_ledger l where owner_subject = $1",
                subject)
            .stream()
            .map(r -> r.getString(0))
            .reduce("", String::concat);
    assertFalse(everything.isEmpty());
    for (String personal : List.of(handle, "@example.org", "+31611122233", "1971-01-01")) {
      assertFalse(everything.contains(personal), personal + " found in " + everything);
    }
  }

  @Test
  void replayingTheLedgerGivesTheCurrentConsentsAndVisibility() {
    String subject = newSubject();
    Map<String, Object> body = minimal(newHandle());
    body.put("visibility", Map.of("website", "PRIVATE", "im.jabber", "PUBLIC"));
    Profiles.create(subject, body);
    Random random = new Random(42);
    List<FieldPolicy> choosable =
        PrivacyPolicy.fields().stream().filter(f -> f.allowedVisibilities().size() > 1).toList();
    for (int i = 0; i < 40; i++) {
      if (random.nextBoolean()) {
        ConsentPolicy consent =
            PrivacyPolicy.consents().get(random.nextInt(PrivacyPolicy.consents().size()));
        Consents.set(Tokens.user(subject), consent.name(), random.nextBoolean());
      } else {
        FieldPolicy field = choosable.get(random.nextInt(choosable.size()));
        Visibility flag = random.nextBoolean() ? Visibility.PUBLIC : Visibility.PRIVATE;
        Profiles.patch(
                Tokens.user(subject), Map.of("visibility", Map.of(field.field(), flag.name())))
            .statusCode(200);
      }
    }

    Map<String, String> replayed = new HashMap<>();
    PrivacyPolicy.consents()
        .forEach(c -> replayed.put("CONSENT:" + c.name(), String.valueOf(c.defaultGranted())));
    PrivacyPolicy.fields()
        .forEach(f -> replayed.put("VISIBILITY:" + f.field(), f.defaultVisibility().name()));
    for (Row row :
        database.rows(
            "select kind, item, old_value, new_value from privacy_ledger where owner_subject = $1"
                + " order by id",
            subject)) {
      String key = row.getString("kind") + ":" + row.getString("item");
      assertEquals(
          replayed.get(key), row.getString("old_value"), "each entry starts where the last ended");
      replayed.put(key, row.getString("new_value"));
    }

    var owner = given().auth().oauth2(Tokens.user(subject)).get("/me").then().extract();
    Map<String, Object> consents = owner.path("consents");
    Map<String, Object> visibility = owner.path("visibility");
    consents.forEach(
        (name, granted) ->
            assertEquals(String.valueOf(granted), replayed.get("CONSENT:" + name), name));
    visibility.forEach(
        (field, flag) -> assertEquals(flag, replayed.get("VISIBILITY:" + field), field));
  }

  private boolean isSuperuser() {
    return database
        .rows("select rolsuper from pg_roles where rolname = current_user")
        .get(0)
        .getBoolean(0);
  }
}
