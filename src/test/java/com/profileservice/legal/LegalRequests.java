package com.profileservice.legal;

import static io.restassured.RestAssured.given;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drives legal requests through the API, with fresh legal staff for every test. */
public final class LegalRequests {

  public static final String PROBLEM = "application/problem+json";

  private LegalRequests() {}

  public static String intake() {
    return "intake-" + Profiles.newSubject();
  }

  public static String reviewer() {
    return "reviewer-" + Profiles.newSubject();
  }

  public static String intakeToken(String subject) {
    return Tokens.withRoles(subject, "legal-intake");
  }

  public static String reviewerToken(String subject) {
    return Tokens.withRoles(subject, "legal-reviewer");
  }

  /** A profile with just the required fields; returns its handle. */
  public static String someProfile() {
    String handle = Profiles.newHandle();
    return Profiles.create(Profiles.newSubject(), Profiles.minimal(handle));
  }

  /** A valid request document for {@code basis}, issued yesterday. */
  public static Map<String, Object> body(String basis, List<String> handles, List<String> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("legalBasis", basis);
    body.put("issuingAuthority", "District Court of Example County");
    body.put("referenceNumber", "REF-" + Profiles.newHandle());
    body.put("issuedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    body.put("targetHandles", handles);
    body.put("requestedFields", fields);
    return body;
  }

  public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  public static ValidatableResponse file(String token, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/legal/requests")
        .then();
  }

  /** Files as a fresh intake member and returns the new request's id. */
  public static long filed(Map<String, Object> body) {
    return filedBy(intake(), body);
  }

  public static long filedBy(String intakeSubject, Map<String, Object> body) {
    return file(intakeToken(intakeSubject), body)
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static ValidatableResponse decide(String token, long id, Object decision) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(decision)
        .when()
        .post("/legal/requests/" + id + "/decision")
        .then();
  }

  public static Map<String, Object> approval(List<String> fields) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("approve", true);
    decision.put("reason", "Valid on its face and narrowly drawn.");
    decision.put("approvedFields", fields);
    return decision;
  }

  public static Map<String, Object> rejection() {
    return Map.of("approve", false, "reason", "Not issued by a competent authority.");
  }

  /** Approves as a fresh reviewer. */
  public static void approved(long id, List<String> fields) {
    decide(reviewerToken(reviewer()), id, approval(fields)).statusCode(200);
  }

  public static ValidatableResponse disclose(String token, long id) {
    return given().auth().oauth2(token).when().post("/legal/requests/" + id + "/disclosure").then();
  }

  public static ValidatableResponse extendHold(String token, long id) {
    return given()
        .auth()
        .oauth2(token)
        .when()
        .post("/legal/requests/" + id + "/hold-extension")
        .then();
  }

  public static ValidatableResponse get(String token, String path) {
    return given().auth().oauth2(token).when().get(path).then();
  }
}
