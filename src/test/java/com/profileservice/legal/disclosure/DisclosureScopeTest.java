package com.profileservice.legal.disclosure;

import static com.profileservice.legal.LegalRequests.PROBLEM;
import static com.profileservice.legal.LegalRequests.approval;
import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.get;
import static com.profileservice.legal.LegalRequests.intake;
import static com.profileservice.legal.LegalRequests.intakeToken;
import static com.profileservice.legal.LegalRequests.rejection;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.profileservice.policy.DisclosableRecords;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.support.Profiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DisclosureScopeTest {

  private static final List<String> SUBSCRIBER_RECORDS =
      List.of("handle", "name", "email", "createdAt");

  private static final List<String> EVERY_NAME = everyName();

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void policyServesTheReachOfEveryLegalBasis() {
    given()
        .get("/policy")
        .then()
        .statusCode(200)
        .body("legalReach.SUBPOENA", contains(SUBSCRIBER_RECORDS.toArray()))
        .body("legalReach.COURT_ORDER", contains(EVERY_NAME.toArray()))
        .body("legalReach.STATUTE", contains(EVERY_NAME.toArray()))
        .body("legalReach.SEARCH_WARRANT", contains(EVERY_NAME.toArray()))
        .body("legalReach.PRESERVATION", empty());
  }

  /**
   * One approval per disclosable name, each against a profile with a value in every field: the
   * package holds that one name and no other field's value anywhere.
   */
  @Test
  void packageNeverHoldsAFieldOutsideTheApprovedSet() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    String handle = fullProfile(values);

    for (String name : EVERY_NAME) {
      long id = filed(body("SEARCH_WARRANT", List.of(handle), EVERY_NAME));
      approved(id, List.of(name));

      JsonPath disclosed =
          disclose(reviewerToken(reviewer()), id).statusCode(200).extract().jsonPath();

      assertEquals(List.of(name), disclosed.getList("fields"), name);
      Map<String, Object> fields = disclosed.getMap("targets[0].fields");
      assertEquals(List.of(name), new ArrayList<>(fields.keySet()), name);
      String fieldsJson = json.writeValueAsString(fields);
      String packageJson = json.writeValueAsString(disclosed.getMap(""));
      for (Map.Entry<String, String> other : values.entrySet()) {
        if (other.getKey().equals(name)) {
          assertEquals(other.getValue(), fields.get(name), name);
        } else {
          assertFalse(
              fieldsJson.contains('"' + other.getValue() + '"'),
              () -> other.getKey() + " leaked into a package approved for " + name);
          if (!other.getKey().equals("handle")) {
            // The handle names the target in every package; no other value may appear at all.
            assertFalse(
                packageJson.contains(other.getValue()),
                () -> other.getKey() + " leaked into a package approved for " + name);
          }
        }
      }
      switch (name) {
        case "createdAt" -> assertNotNull(Instant.parse((String) fields.get(name)));
        case "comment_ips" -> assertEquals(List.of(), fields.get(name));
        case "picture" -> assertEquals(null, fields.get(name));
        default -> assertNotNull(fields.get(name), name);
      }
    }
  }

  @Test
  void everyTargetGetsItsOwnRecordInTheOrderTheRequestNamedThem() {
    String first = someProfile();
    String second = someProfile();
    long id = filed(body("COURT_ORDER", List.of(second, first.toUpperCase()), List.of("email")));
    approved(id, List.of("email"));

    disclose(reviewerToken(reviewer()), id)
        .statusCode(200)
        .body("targets.target", contains(second, first))
        .body("targets[0].fields.email", equalTo(second + "@example.org"))
        .body("targets[1].fields.email", equalTo(first + "@example.org"));
  }

  @Test
  void fieldTheAccountLeftEmptyIsDisclosedAsNull() {
    String handle = someProfile();
    long id = filed(body("COURT_ORDER", List.of(handle), List.of("phone", "birthday")));
    approved(id, List.of("phone", "birthday"));

    disclose(reviewerToken(reviewer()), id)
        .statusCode(200)
        .body("targets[0].fields", equalTo(mapOfNulls("birthday", "phone")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUBPOENA", "COURT_ORDER", "STATUTE", "SEARCH_WARRANT", "PRESERVATION"})
  void fieldsBeyondTheReachOfTheBasisCannotBeApproved(String basis) {
    List<String> reach = reachOf(basis);
    long id = filed(body(basis, List.of(someProfile()), EVERY_NAME));

    // Beside a name within reach, if there is one, so only the name beyond it is refused.
    List<String> within = reach.isEmpty() ? List.of() : List.of(reach.get(0));
    for (String name : EVERY_NAME) {
      if (!reach.contains(name)) {
        List<String> fields = new ArrayList<>(within);
        fields.add(name);
        decide(reviewerToken(reviewer()), id, approval(fields))
            .statusCode(422)
            .contentType(PROBLEM)
            .body("errors.field", contains("approvedFields[" + within.size() + "]"))
            .body("errors[0].message", containsString("beyond the reach of a " + basis));
      }
    }
    get(reviewerToken(reviewer()), "/legal/requests/" + id).body("state", equalTo("RECEIVED"));

    decide(reviewerToken(reviewer()), id, approval(reach))
        .statusCode(200)
        .body("decision.approvedFields", equalTo(reach));
  }

  @Test
  void subpoenaReachesBasicSubscriberRecordsOnly() {
    assertEquals(SUBSCRIBER_RECORDS, reachOf("SUBPOENA"));
    long id = filed(body("SUBPOENA", List.of(someProfile()), List.of("email", "phone")));

    decide(reviewerToken(reviewer()), id, approval(List.of("email", "phone")))
        .statusCode(422)
        .body("errors.field", contains("approvedFields[1]"));
  }

  @Test
  void approvedFieldsMustHaveBeenRequested() {
    long id = filed(body("COURT_ORDER", List.of(someProfile()), List.of("email")));

    decide(reviewerToken(reviewer()), id, approval(List.of("email", "phone")))
        .statusCode(422)
        .body("errors.field", contains("approvedFields[1]"))
        .body("errors[0].message", equalTo("was not requested"));
  }

  @Test
  void approvalMustNameAFieldAndRejectionNone() {
    long id = filed(body("COURT_ORDER", List.of(someProfile()), List.of("email")));

    decide(reviewerToken(reviewer()), id, approval(List.of()))
        .statusCode(422)
        .body("errors.field", contains("approvedFields"));
    Map<String, Object> rejectionWithFields = new HashMap<>(rejection());
    rejectionWithFields.put("approvedFields", List.of("email"));
    decide(reviewerToken(reviewer()), id, rejectionWithFields)
        .statusCode(422)
        .body("errors.field", contains("approvedFields"));
  }

  @Test
  void decisionNeedsApproveAndAReason() {
    long id = filed(body("COURT_ORDER", List.of(someProfile()), List.of("email")));

    decide(reviewerToken(reviewer()), id, Map.of("approvedFields", List.of("email")))
        .statusCode(422)
        .body("errors.field", contains("approve", "reason"));
    decide(reviewerToken(reviewer()), id, Map.of("approve", "perhaps", "reason", "x"))
        .statusCode(422)
        .body("errors.field", contains("approve"));
    decide(reviewerToken(reviewer()), id, Map.of("approve", true, "reason", "x", "extra", 1))
        .statusCode(400);
    get(intakeToken(intake()), "/legal/requests/" + id).body("state", equalTo("RECEIVED"));
  }

  @Test
  void commentIpLogIsDisclosedAsAnEmptyListUntilTheServiceKeepsOne() {
    long id = filed(body("COURT_ORDER", List.of(someProfile()), List.of("comment_ips")));
    approved(id, List.of("comment_ips"));

    disclose(reviewerToken(reviewer()), id)
        .statusCode(200)
        .body("targets[0].fields.comment_ips", hasSize(0));
  }

  /** A profile with a distinct value in every field that can hold one; fills {@code values}. */
  private static String fullProfile(Map<String, String> values) {
    String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String handle = Profiles.newHandle();
    values.put("handle", handle);
    values.put("name", "Quintessa Vell " + tag);
    values.put("email", "qv" + tag + "@mail.example.org");
    values.put("birthday", "1984-03-07");
    values.put("gender", "FEMALE");
    values.put("website", "https://site" + tag + ".example.net/");
    values.put("im.aim", "aim" + tag);
    values.put("im.icq", "5550" + tag.replaceAll("[^0-9]", "7"));
    values.put("im.yahoo", "yahoo" + tag);
    values.put("im.msn", "msn" + tag);
    values.put("im.jabber", "jab" + tag + "@jabber.example.org");
    values.put("location.city", "Haarlemmerliede" + tag);
    values.put("location.state", "Noord-Holland" + tag);
    values.put("location.country", "NL");
    values.put("location.zip", "3511" + tag.substring(0, 2).toUpperCase());
    values.put("phone", "+3161234" + tag.replaceAll("[^0-9]", "5").substring(0, 4));

    Map<String, Object> body = new HashMap<>();
    body.put("handle", handle);
    body.put("name", values.get("name"));
    body.put("email", values.get("email"));
    body.put("birthday", values.get("birthday"));
    body.put("gender", values.get("gender"));
    body.put("website", values.get("website"));
    body.put(
        "im",
        Map.of(
            "aim", values.get("im.aim"),
            "icq", values.get("im.icq"),
            "yahoo", values.get("im.yahoo"),
            "msn", values.get("im.msn"),
            "jabber", values.get("im.jabber")));
    body.put(
        "location",
        Map.of(
            "city", values.get("location.city"),
            "state", values.get("location.state"),
            "country", values.get("location.country"),
            "zip", values.get("location.zip")));
    body.put("phone", values.get("phone"));
    Profiles.create(Profiles.newSubject(), body);

    for (FieldPolicy field : PrivacyPolicy.fields()) {
      if (!field.field().equals("picture")) {
        assertNotNull(values.get(field.field()), () -> "no test value for " + field.field());
      }
    }
    return handle;
  }

  private static List<String> everyName() {
    List<String> names = new ArrayList<>();
    PrivacyPolicy.fields().forEach(f -> names.add(f.field()));
    names.add("createdAt");
    names.add("comment_ips");
    assertEquals(DisclosableRecords.names(), names);
    return List.copyOf(names);
  }

  private static List<String> reachOf(String basis) {
    return given().get("/policy").then().extract().jsonPath().getList("legalReach." + basis);
  }

  private static Map<String, Object> mapOfNulls(String... keys) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : keys) {
      map.put(key, null);
    }
    return map;
  }
}
