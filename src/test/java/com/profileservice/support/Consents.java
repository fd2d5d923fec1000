package com.profileservice.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Grants and withdraws consents through the API, as their owner does. */
public final class Consents {

  private Consents() {}

  /** Sets consent {@code name} of the token's owner and expects it to succeed. */
  public static void set(String token, String name, boolean granted) {
    put(given(), token, name, granted).then().statusCode(200);
  }

  /** The same request on {@code request} (a bounded one, say), its answer left to the caller. */
  public static Response put(
      RequestSpecification request, String token, String name, boolean granted) {
    return request
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("granted", granted))
        .put("/me/consents/" + name);
  }
}
