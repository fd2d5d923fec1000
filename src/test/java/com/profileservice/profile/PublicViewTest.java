package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.profileservice.common.http.EntityTags;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class PublicViewTest {

  /**
   * A valid value for every field the owner writes, from the binding's examples; handle and email
   * are left to {@code minimal()}, which makes them unique to each test.
   */
  private static final Map<String, String> SAMPLES =
      ProfileFields.inDocument().stream()
          .filter(f -> !f.name().equals("handle") && !f.name().equals("email"))
          .collect(Collectors.toMap(ProfileField::name, ProfileField::example));

  @Inject Database database;

  /** Every field of the policy with every visibility the policy allows for it. */
  static Stream<Arguments> fieldsWithTheirAllowedFlags() {
    return PrivacyPolicy.fields().stream()
        .filter(f -> !f.field().equals("picture"))
        .flatMap(f -> f.allowedVisibilities().stream().map(v -> Arguments.of(f.field(), v)));
  }

  @ParameterizedTest(name = "{0} flagged {1}")
  @MethodSource("fieldsWithTheirAllowedFlags")
  void publicViewShowsAFieldExactlyWhenItsFlagIsPublicAndItHoldsAValue(
      String field, Visibility flag) {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    String expected =
        field.equals("handle") ? handle : SAMPLES.getOrDefault(field, handle + "@example.org");
    if (!field.equals("handle") && !field.equals("email")) {
      put(body, field, expected);
    }
    body.put("visibility", Map.of(field, flag.name()));
    Profiles.create(newSubject(), body);

    Map<String, Object> view = publicView(handle);

    if (flag == Visibility.PUBLIC) {
      assertEquals(expected, get(view, field), field + " should be shown");
    } else {
      assertFalse(has(view, field), field + " must be absent");
    }
  }

  @ParameterizedTest(name = "empty {0} flagged PUBLIC")
  @MethodSource("optionalPublicFields")
  void emptyFieldIsAbsentEvenWhenFlaggedPublic(String field) {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("visibility", Map.of(field, "PUBLIC"));
    Profiles.create(newSubject(), body);

    Response response = given().get("/profiles/" + handle);
    assertFalse(has(response.as(Map.class), field));
    assertFalse(response.asString().contains("null"), "no key is ever null");
  }

  static Stream<String> optionalPublicFields() {
    return PrivacyPolicy.fields().stream()
        .filter(f -> !f.required() && f.allows(Visibility.PUBLIC))
        .map(FieldPolicy::field);
  }

  @Test
  void fieldsThePolicyKeepsPrivateNeverAppearWhateverTheOwnerAsks() {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    SAMPLES.forEach((field, value) -> put(body, field, value));
    Profiles.create(newSubject(), body);

    Map<String, Object> everythingPublic = new HashMap<>();
    PrivacyPolicy.fields().forEach(f -> everythingPublic.put(f.field(), "PUBLIC"));
    Profiles.patch(Tokens.user(subjectOf(handle)), Map.of("visibility", everythingPublic))
        .statusCode(422);

    String view = given().get("/profiles/" + handle).asString();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      if (field.alwaysPrivate()) {
        String value = SAMPLES.get(field.field());
        assertFalse(view.contains(value), field.field() + " leaked into " + view);
      }
    }
  }

  @Test
  void databaseRefusesAPublicFlagOnAFieldThePolicyKeepsPrivate() {
    String handle = newHandle();
    Profiles.create(newSubject(), minimal(handle));

    for (String field : alwaysPrivateFields()) {
      assertThrows(
          RuntimeException.class,
          () ->
              database.execute(
                  "update profile set visibility = visibility || jsonb_build_object($1::text, 'PUBLIC')"
                      + " where handle = $2",
                  field,
                  handle));
    }
  }

  private static List<String> alwaysPrivateFields() {
    return PrivacyPolicy.fields().stream()
        .filter(FieldPolicy::alwaysPrivate)
        .map(FieldPolicy::field)
        .toList();
  }

  @Test
  void publicViewTypeHasNoPlaceForPrivateOnlyFields() {
    Set<String> components =
        Arrays.stream(PublicProfile.class.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toSet());
    components.addAll(
        Arrays.stream(PublicProfile.PublicLocation.class.getRecordComponents())
            .map(c -> "location." + c.getName())
            .collect(Collectors.toSet()));
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      if (field.alwaysPrivate()) {
        assertFalse(components.contains(field.field()), field.field());
      }
    }
  }

  /**
   * The exact bytes, key order included: the public ETag is a hash of them, and they are compared
   * byte for byte with a raw SQL baseline outside this repository.
   */
  @Test
  void publicViewOfAProfileShowingEverythingIsExactlyTheseBytes() {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("website", "https://example.org/me");
    body.put("birthday", "1980-01-01");
    body.put("phone", "+31612345678");
    body.put(
        "im",
        Map.of(
            "aim", "aimname",
            "icq", "12345",
            "yahoo", "yahooname",
            "msn", "msn@example.org",
            "jabber", "me@jabber.example.org"));
    body.put(
        "location", Map.of("city", "Utrecht", "state", "Utrecht", "country", "nl", "zip", "3511"));
    Map<String, Object> everythingAllowed = new HashMap<>();
    PrivacyPolicy.fields().stream()
        .filter(f -> f.allows(Visibility.PUBLIC))
        .forEach(f -> everythingAllowed.put(f.field(), "PUBLIC"));
    body.put("visibility", everythingAllowed);
    Profiles.create(newSubject(), body);
    database.execute("update profile set picture_sha256 = 'abc' where handle = $1", handle);

    String expected =
        "{\"handle\":\"%1$s\",\"name\":\"Test Person\",\"email\":\"%1$s@example.org\","
            + "\"website\":\"https://example.org/me\",\"im\":{\"aim\":\"aimname\",\"icq\":\"12345\","
            + "\"yahoo\":\"yahooname\",\"msn\":\"msn@example.org\",\"jabber\":\"me@jabber.example.org\"},"
            + "\"location\":{\"city\":\"Utrecht\",\"state\":\"Utrecht\",\"country\":\"NL\"},"
            + "\"picture\":\"/profiles/%1$s/picture\"}";
    assertServesExactly(handle, expected.formatted(handle));
  }

  @Test
  void publicViewOfAMinimalProfileIsExactlyTheseBytes() {
    String handle = newHandle();
    Profiles.create(newSubject(), minimal(handle));

    assertServesExactly(handle, "{\"handle\":\"%s\",\"name\":\"Test Person\"}".formatted(handle));
  }

  @Test
  void publicViewShowsAGroupWithOnlyItsPublicMembers() {
    String handle = newHandle();
    Map<String, Object> body = minimal(handle);
    body.put("website", "");
    body.put("im", Map.of("aim", "aimname", "jabber", "me@jabber.example.org"));
    body.put("location", Map.of("city", "Utrecht", "zip", "3511"));
    body.put("visibility", Map.of("im.jabber", "PUBLIC", "location.country", "PUBLIC"));
    Profiles.create(newSubject(), body);

    assertServesExactly(
        handle,
        "{\"handle\":\"%s\",\"name\":\"Test Person\",\"im\":{\"jabber\":\"me@jabber.example.org\"}}"
            .formatted(handle));
  }

  private static void assertServesExactly(String handle, String json) {
    Response response = given().get("/profiles/" + handle);
    assertEquals(200, response.statusCode());
    assertEquals(json, response.asString());
    assertEquals(
        EntityTags.ofContent(json.getBytes(StandardCharsets.UTF_8)), response.header("ETag"));
  }

  @Test
  void handleIsLookedUpIgnoringLetterCase() {
    String handle = newHandle();
    Profiles.create(newSubject(), minimal(handle));

    given()
        .get("/profiles/" + handle.toUpperCase())
        .then()
        .statusCode(200)
        .body("handle", equalTo(handle));
  }

  @Test
  void unknownHandleIsA404Problem() {
    given()
        .get("/profiles/nosuchhandle")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", endsWith("profile-not-found"))
        .body("instance", equalTo("/profiles/nosuchhandle"));
  }

  @Test
  void etagAnswersIfNoneMatchWith304() {
    String handle = newHandle();
    Profiles.create(newSubject(), minimal(handle));

    String etag =
        given().get("/profiles/" + handle).then().statusCode(200).extract().header("ETag");

    given()
        .header("If-None-Match", etag)
        .get("/profiles/" + handle)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .body(emptyString());
  }

  @Test
  void etagChangesWhenTheOwnerShowsAField() {
    String subject = newSubject();
    String handle = newHandle();
    Profiles.create(subject, minimal(handle));
    String before = given().get("/profiles/" + handle).header("ETag");

    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("email", "PUBLIC")))
        .statusCode(200);

    given()
        .header("If-None-Match", before)
        .get("/profiles/" + handle)
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(before)))
        .body("email", equalTo(handle + "@example.org"));
  }

  @Test
  void publicViewOpensNoHibernateSession() {
    String handle = newHandle();
    Profiles.create(newSubject(), minimal(handle));

    try (CapturedLogs sql = CapturedLogs.of("org.hibernate.SQL")) {
      given().get("/profiles/" + handle).then().statusCode(200);
      assertEquals(List.of(), sql.lines());
    }
  }

  private String subjectOf(String handle) {
    return database
        .rows("select subject from profile where handle = $1", handle)
        .get(0)
        .getString(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> publicView(String handle) {
    Response response = given().get("/profiles/" + handle);
    assertEquals(200, response.statusCode());
    assertFalse(response.asString().contains("null"), "no key is ever null");
    return response.as(Map.class);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> body, String field, Object value) {
    int dot = field.indexOf('.');
    if (dot < 0) {
      body.put(field, value);
      return;
    }
    Map<String, Object> group =
        (Map<String, Object>) body.computeIfAbsent(field.substring(0, dot), k -> new HashMap<>());
    group.put(field.substring(dot + 1), value);
  }

  private static boolean has(Map<String, Object> view, String field) {
    Map<String, Object> group = groupOf(view, field);
    return group != null && group.containsKey(leaf(field));
  }

  private static Object get(Map<String, Object> view, String field) {
    Map<String, Object> group = groupOf(view, field);
    return group == null ? null : group.get(leaf(field));
  }

  /** The map that holds a dotted field: the view itself, or its nested group if present. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> groupOf(Map<String, Object> view, String field) {
    int dot = field.indexOf('.');
    if (dot < 0) {
      return view;
    }
    Object group = view.get(field.substring(0, dot));
    return group instanceof Map ? (Map<String, Object>) group : null;
  }

  private static String leaf(String field) {
    return field.substring(field.indexOf('.') + 1);
  }
}
