package com.profileservice.selfservice;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Consents;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportAndErasureTest {

  /** Tables that may keep an erased owner's rows: append-only records and the frozen store. */
  private static final Set<String> MAY_KEEP =
      Set.of("privacy_ledger", "frozen_profile", "flyway_schema_history");

  /**
   * The change-event outbox keeps the erased profile's identifiers (handle and subject) until
   * retention, as its profile.erased event must carry them downstream; never a value.
   */
  private static final Set<String> IDENTIFIERS_ONLY = Set.of("outbox_event");

  @Inject Database database;

  private String subject;
  private String handle;
  private String token;
  private String phone;
  private String ip;

  @BeforeEach
  void createRichProfile() throws Exception {
    subject = newSubject();
    handle = newHandle();
    token = Tokens.user(subject);
    java.util.Random random = new java.util.Random();
    phone = "+3165" + (1_000_000 + random.nextInt(8_999_999));
    ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    Map<String, Object> body = minimal(handle);
    body.put("phone", phone);
    body.put("birthday", "1985-03-03");
    body.put("location", Map.of("city", "Delft", "country", "NL", "zip", "2611"));
    body.put("visibility", Map.of("email", "PUBLIC"));
    Profiles.create(subject, body);
    Consents.set(token, "comment_ip_logging", true);
    Consents.set(token, "news", true);
    given()
        .auth()
        .oauth2(Tokens.withRoles("comments-service", "comments"))
        .contentType(ContentType.JSON)
        .body(Map.of("commentId", "c1", "ip", ip, "postedAt", Instant.now().toString()))
        .post("/internal/profiles/" + handle + "/comment-ips")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(token)
        .contentType("image/png")
        .body(png())
        .put("/me/picture")
        .then()
        .statusCode(204);
  }

  @Test
  void exportHoldsEverythingHeldAboutTheOwner() {
    given()
        .auth()
        .oauth2(token)
        .get("/me/export")
        .then()
        .statusCode(200)
        .body("exportedAt", notNullValue())
        .body("profile.handle", equalTo(handle))
        .body("profile.phone", equalTo(phone))
        .body("profile.birthday", equalTo("1985-03-03"))
        .body("profile.location.zip", equalTo("2611"))
        .body("profile.visibility.email", equalTo("PUBLIC"))
        .body("profile.consents.news", equalTo(true))
        .body("consentLedger", hasSize(3))
        .body("consentLedger[0].item", equalTo("email"))
        .body("commentIps", hasSize(1))
        .body("commentIps[0].ip", equalTo(ip))
        .body("picture.contentType", equalTo("image/png"))
        .body("picture.width", equalTo(8))
        .body("picture.sha256", notNullValue());
  }

  @Test
  void theExportHasExactlyTheKeysItsSchemaDescribes() {
    String subject = Profiles.newSubject();
    Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    java.util.Map<String, Object> export =
        given()
            .auth()
            .oauth2(Tokens.user(subject))
            .get("/me/export")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    java.util.Map<String, Object> described =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .extract()
            .jsonPath()
            .getMap("components.schemas.Export.properties");
    org.junit.jupiter.api.Assertions.assertEquals(
        new java.util.TreeSet<>(described.keySet()), new java.util.TreeSet<>(export.keySet()));
  }

  @Test
  void erasureRemovesTheProfileAndTheHandleAnswers404() {
    given().auth().oauth2(token).delete("/me").then().statusCode(204);

    given().get("/profiles/" + handle).then().statusCode(404);
    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
    given().auth().oauth2(token).get("/me").then().statusCode(404);
    given().auth().oauth2(token).get("/me/export").then().statusCode(404);
    given().auth().oauth2(token).delete("/me").then().statusCode(404);
  }

  @Test
  void erasureLeavesNoRowOfTheProfileOutsideTheAppendOnlyTablesAndTheFrozenStore() {
    String email = handle + "@example.org";
    given().auth().oauth2(token).delete("/me").then().statusCode(204);

    List<String> leftovers = new ArrayList<>();
    for (Row table :
        database.rows(
            "select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
      String name = table.getString(0);
      if (MAY_KEEP.contains(name)) {
        continue;
      }
      List<String> traces =
          IDENTIFIERS_ONLY.contains(name)
              ? List.of(email, phone, ip)
              : List.of(subject, handle, email, phone, ip);
      for (String trace : traces) {
        long rows =
            database.count(
                "select count(*) from " + name + " t where row_to_json(t)::text like $1",
                "%" + trace + "%");
        if (rows > 0) {
          leftovers.add(name + " holds " + trace);
        }
      }
    }
    assertTrue(leftovers.isEmpty(), leftovers.toString());
    assertEquals(
        0,
        database.count("select count(*) from frozen_profile where subject = $1", subject),
        "nothing is frozen without a hold");
  }

  @Test
  void ledgerKeepsItsEntriesWithoutPersonalValues() {
    long before =
        database.count("select count(*) from privacy_ledger where owner_subject = $1", subject);
    given().auth().oauth2(token).delete("/me").then().statusCode(204);

    assertEquals(
        before,
        database.count("select count(*) from privacy_ledger where owner_subject = $1", subject));
    String ledger =
        database
            .rows(
                "select row_to_json(l)::text from privacy_ledger l where owner_subject = $1",
                subject)
            .stream()
            .map(r -> r.getString(0))
            .reduce("", String::concat);
    assertFalse(ledger.contains(handle));
    assertFalse(ledger.contains(phone));
  }

  @Test
  void handleIsFreeAgainAfterErasure() {
    given().auth().oauth2(token).delete("/me").then().statusCode(204);

    Profiles.post(Tokens.user(newSubject()), minimal(handle)).statusCode(201);
  }

  @Test
  void onlyTheOwnerRoleMayExportOrErase() {
    given().get("/me/export").then().statusCode(401);
    given().delete("/me").then().statusCode(401);
    for (String role : new String[] {"mailer", "legal-reviewer", "analyst"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles(subject, role))
          .get("/me/export")
          .then()
          .statusCode(403);
      given().auth().oauth2(Tokens.withRoles(subject, role)).delete("/me").then().statusCode(403);
    }
    given().auth().oauth2(token).get("/me").then().statusCode(200);
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }
}
