package com.profileservice.picture;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Profiles;
import com.profileservice.support.RawHttp;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PictureTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject TestClock clock;

  private String subject;
  private String handle;

  @BeforeEach
  void createProfile() {
    subject = newSubject();
    handle = newHandle();
    Profiles.create(subject, minimal(handle));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void uploadedPictureIsLinkedFromThePublicViewAndServedWithCachingHeaders() {
    byte[] png = Images.of("png", 64, 48);
    upload("image/png", png).statusCode(204);

    given()
        .get("/profiles/" + handle)
        .then()
        .body("picture", equalTo("/profiles/" + handle + "/picture"));
    var served =
        given()
            .get("/profiles/" + handle + "/picture")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("Cache-Control", containsString("no-cache"))
            .extract();
    assertArrayEquals(png, served.asByteArray());

    given()
        .header("If-None-Match", served.header("ETag"))
        .get("/profiles/" + handle + "/picture")
        .then()
        .statusCode(304);
  }

  @Test
  void jpegAndGifAreAcceptedToo() {
    upload("image/jpeg", Images.of("jpg", 100, 100)).statusCode(204);
    given()
        .get("/profiles/" + handle + "/picture")
        .then()
        .statusCode(200)
        .contentType("image/jpeg");
    upload("image/gif", Images.of("gif", 10, 10)).statusCode(204);
    given().get("/profiles/" + handle + "/picture").then().statusCode(200).contentType("image/gif");
  }

  @Test
  void pngBytesSentAsJpegAre415() {
    upload("image/jpeg", Images.of("png", 10, 10))
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", endsWith("picture-type-mismatch"));
  }

  @Test
  void textFileSentAsPngIs415() {
    upload("image/png", "just some text, not a picture".getBytes())
        .statusCode(415)
        .contentType(PROBLEM);
  }

  @Test
  void typeOutsideTheThreeIs415() {
    upload("image/webp", Images.of("png", 10, 10)).statusCode(415).contentType(PROBLEM);
  }

  @Test
  void fortyOneKilobytesIs413() {
    byte[] big = Arrays.copyOf(Images.of("png", 10, 10), 41 * 1024);
    upload("image/png", big).statusCode(413).contentType(PROBLEM);
  }

  @Test
  void bodyBeyondTheServersLimitIs413Problem() {
    byte[] huge = Arrays.copyOf(Images.of("png", 10, 10), 70 * 1024);
    upload("image/png", huge).statusCode(413).contentType(PROBLEM);
  }

  @Test
  void hundredAndOneByHundredPixelsIs422() {
    upload("image/png", Images.of("png", 101, 100))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", endsWith("picture-too-big"));
  }

  @Test
  void refusedUploadKeepsThePreviousPicture() {
    byte[] first = Images.of("png", 20, 20);
    upload("image/png", first).statusCode(204);
    upload("image/png", Images.of("png", 101, 100)).statusCode(422);

    assertArrayEquals(first, given().get("/profiles/" + handle + "/picture").asByteArray());
  }

  @Test
  void hiddenPictureIsNotServedNorLinkedButTheOwnerStillSeesIt() {
    upload("image/png", Images.of("png", 20, 20)).statusCode(204);
    Profiles.patch(Tokens.user(subject), Map.of("visibility", Map.of("picture", "PRIVATE")))
        .statusCode(200);

    given().get("/profiles/" + handle + "/picture").then().statusCode(404).contentType(PROBLEM);
    given().get("/profiles/" + handle).then().body("picture", nullValue());
    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .get("/me")
        .then()
        .body("picture", equalTo("/profiles/" + handle + "/picture"));
  }

  @Test
  void inactiveAccountsPictureIsNotServed() {
    upload("image/png", Images.of("png", 20, 20)).statusCode(204);
    clock.advance(Duration.ofDays(15));

    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
  }

  @Test
  void deletedPictureIsGone() {
    upload("image/png", Images.of("png", 20, 20)).statusCode(204);

    given().auth().oauth2(Tokens.user(subject)).delete("/me/picture").then().statusCode(204);

    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
    given().get("/profiles/" + handle).then().body("picture", nullValue());
  }

  @Test
  void profileWithoutPictureHasNone() {
    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
    given().get("/profiles/nosuchhandle/picture").then().statusCode(404);
  }

  @Test
  void onlyTheOwnerMayUploadOrDelete() {
    byte[] png = Images.of("png", 10, 10);
    given().contentType("image/png").body(png).put("/me/picture").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.withRoles(subject, "mailer"))
        .contentType("image/png")
        .body(png)
        .put("/me/picture")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.withRoles(subject, "comments"))
        .delete("/me/picture")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.user(newSubject()))
        .contentType("image/png")
        .body(png)
        .put("/me/picture")
        .then()
        .statusCode(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/*", "*/*", "image/", "garbage", "image/png/extra", "/png"})
  void wildcardOrMalformedContentTypeIs415(String type) {
    RawHttp.Answer answer = rawUpload("Content-Type: " + type);

    assertEquals(415, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
  }

  @Test
  void pictureWithoutContentTypeIs415() {
    RawHttp.Answer answer = rawUpload();

    assertEquals(415, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    given().get("/profiles/" + handle + "/picture").then().statusCode(404);
  }

  @Test
  void emptyUploadWithoutContentTypeIs415() {
    RawHttp.Answer answer =
        RawHttp.send(
            "PUT", "/me/picture", new byte[0], "Authorization: Bearer " + Tokens.user(subject));

    assertEquals(415, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
  }

  /** HTTP clients add a Content-Type of their own; a raw request sends exactly these headers. */
  private RawHttp.Answer rawUpload(String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 1);
    all[headers.length] = "Authorization: Bearer " + Tokens.user(subject);
    return RawHttp.send("PUT", "/me/picture", Images.of("png", 10, 10), all);
  }

  private ValidatableResponse upload(String type, byte[] bytes) {
    return given()
        .auth()
        .oauth2(Tokens.user(subject))
        .contentType(type)
        .body(bytes)
        .put("/me/picture")
        .then();
  }
}
