package com.profileservice.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Creates profiles through the API, each with its own subject and handle. */
public final class Profiles {

  private Profiles() {}

  /** A fresh subject, so tests never share a profile and may run in any order. */
  public static String newSubject() {
    return "sub-" + UUID.randomUUID();
  }

  /** A fresh handle within the 15-character limit. */
  public static String newHandle() {
    return "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The smallest valid document for {@code handle}, to which tests add fields. */
  public static Map<String, Object> minimal(String handle) {
    Map<String, Object> body = new HashMap<>();
    body.put("handle", handle);
    body.put("name", "Test Person");
    body.put("email", handle + "@example.org");
    return body;
  }

  public static ValidatableResponse post(String token, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/profiles")
        .then();
  }

  /** Creates a profile and returns its handle. */
  public static String create(String subject, Map<String, Object> body) {
    post(Tokens.user(subject), body).statusCode(201);
    return (String) body.get("handle");
  }

  public static ValidatableResponse patch(String token, Object patch) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/merge-patch+json")
        .body(patch)
        .when()
        .patch("/me")
        .then();
  }

  public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }
}
