package com.profileservice.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Profiles;
import com.profileservice.support.RawHttp;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response, whoever produced it, tells browsers not to sniff its type, not to send a Referer
 * onwards and not to show it in a frame; owner, legal and internal data is never stored by a cache.
 */
@QuarkusTest
class SecurityHeadersTest {

  private static String subject;
  private static String handle;

  @BeforeEach
  void createProfile() {
    if (subject == null) {
      subject = Profiles.newSubject();
      handle = Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));
    }
  }

  /** A response of each kind, from each layer that answers. */
  static Stream<Arguments> everyKindOfResponse() {
    return Stream.of(
        kind(200, "GET /policy", () -> given().get("/policy")),
        kind(201, "POST /profiles", SecurityHeadersTest::createAnotherProfile),
        kind(204, "DELETE /me/picture", () -> owner().delete("/me/picture")),
        kind(304, "GET /profiles/{handle} revalidated", SecurityHeadersTest::revalidatePublicView),
        kind(304, "GET /me revalidated", () -> owner().header("If-None-Match", "*").get("/me")),
        kind(
            400,
            "malformed JSON",
            () -> owner().contentType(ContentType.JSON).body("{}garbage").put("/me/consents/news")),
        kind(401, "no token", () -> given().get("/me")),
        kind(
            403,
            "wrong role",
            () -> given().auth().oauth2(Tokens.user(subject)).get("/legal/audit")),
        kind(404, "unknown path", () -> given().get("/no/such/path")),
        kind(404, "unknown handle", () -> given().get("/profiles/nosuchhandle")),
        kind(405, "wrong method", () -> given().delete("/policy")),
        kind(406, "unsatisfiable Accept", () -> given().accept("text/csv").get("/policy")),
        kind(413, "body too large", SecurityHeadersTest::oversizedBody),
        kind(415, "text to a JSON operation", SecurityHeadersTest::textToJson),
        kind(
            422,
            "invalid field",
            () ->
                owner()
                    .contentType(ContentType.JSON)
                    .body("{\"granted\": null}")
                    .put("/me/consents/news")),
        kind(200, "OpenAPI", () -> given().get("/q/openapi")),
        kind(200, "readiness", () -> given().get("/q/health/ready")),
        kind(200, "liveness", () -> given().get("/q/health/live")),
        kind(200, "metrics", () -> given().get("/q/metrics")),
        kind(200, "Swagger UI", () -> given().get("/q/swagger-ui/")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyKindOfResponse")
  void responseCarriesTheSecurityHeaders(int status, String what, Supplier<Response> request) {
    Response response = request.get();

    assertEquals(status, response.statusCode(), response::asString);
    assertSecurityHeaders(response::header);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/profiles/%", "/directory?city=%00", "/profiles/a%00b", "/policy?page=%ZZ"})
  void malformedRequestsAnsweredByTheHttpLayerCarryThem(String target) {
    RawHttp.Answer answer = RawHttp.get(target);

    assertEquals(400, answer.status(), answer::body);
    assertSecurityHeaders(answer::header);
  }

  @Test
  void overlongTargetAndOversizedHeadersCarryThem() {
    RawHttp.Answer longTarget = RawHttp.get("/profiles/" + "a".repeat(8000));
    RawHttp.Answer bigHeaders = RawHttp.get("/policy", "X-Padding: " + "p".repeat(30_000));

    assertEquals(414, longTarget.status());
    assertSecurityHeaders(longTarget::header);
    assertEquals(431, bigHeaders.status());
    assertSecurityHeaders(bigHeaders::header);
  }

  static Stream<String> privatePaths() {
    return Stream.of(
        "/me",
        "/me/export",
        "/me/consents",
        "/me/consents/history",
        "/me/comment-ips",
        "/me/disclosures",
        "//me/export",
        "/%6De/export",
        "/me;x=1/export");
  }

  @ParameterizedTest
  @MethodSource("privatePaths")
  void ownerDataIsNeverStored(String path) {
    Response response = owner().urlEncodingEnabled(false).get(path);

    assertEquals(200, response.statusCode(), response::asString);
    assertEquals("no-store", response.header("Cache-Control"));
  }

  @Test
  void ownerViewKeepsItsEntityTagAndRevalidates() {
    Response first = owner().get("/me");
    assertEquals("no-store", first.header("Cache-Control"));
    String tag = first.header("ETag");

    Response again = owner().header("If-None-Match", tag).get("/me");

    assertEquals(304, again.statusCode());
    assertEquals(tag, again.header("ETag"));
    assertEquals("no-store", again.header("Cache-Control"));
  }

  @Test
  void problemsAboutOwnerDataAreNotStoredEither() {
    Response response = given().auth().oauth2(Tokens.user(Profiles.newSubject())).get("/me");

    assertEquals(404, response.statusCode());
    assertEquals("no-store", response.header("Cache-Control"));
    assertEquals("no-store", given().get("/me").header("Cache-Control"));
  }

  @Test
  void legalAndInternalDataIsNeverStored() {
    String intake = Tokens.withRoles(Profiles.newSubject(), "legal-intake");
    String analyst = Tokens.withRoles(Profiles.newSubject(), "analyst");
    String mailer = Tokens.withRoles(Profiles.newSubject(), "mailer");
    String phonepost = Tokens.withRoles(Profiles.newSubject(), "phonepost");

    assertNoStore(given().auth().oauth2(intake).get("/legal/requests"), 200);
    assertNoStore(given().auth().oauth2(intake).get("/legal/audit/verify"), 200);
    assertNoStore(given().auth().oauth2(analyst).get("/internal/stats/demographics"), 200);
    assertNoStore(
        given()
            .auth()
            .oauth2(mailer)
            .get("/internal/profiles/" + handle + "/email?purpose=support"),
        403);
    assertNoStore(given().auth().oauth2(phonepost).get("/internal/phonepost/%2B31600000001"), 404);
  }

  @Test
  void publicViewsStayRevalidatableByCaches() {
    assertEquals("no-cache", given().get("/profiles/" + handle).header("Cache-Control"));
  }

  private static void assertNoStore(Response response, int status) {
    assertEquals(status, response.statusCode(), response::asString);
    assertEquals("no-store", response.header("Cache-Control"));
  }

  private static void assertSecurityHeaders(Function<String, String> header) {
    assertEquals("nosniff", header.apply("X-Content-Type-Options"));
    assertEquals("no-referrer", header.apply("Referrer-Policy"));
    assertEquals("DENY", header.apply("X-Frame-Options"));
    assertEquals("frame-ancestors 'none'", header.apply("Content-Security-Policy"));
  }

  private static Arguments kind(int status, String what, Supplier<Response> request) {
    return Arguments.of(status, what, request);
  }

  private static RequestSpecification owner() {
    return given().auth().oauth2(Tokens.user(subject));
  }

  private static Response createAnotherProfile() {
    return given()
        .auth()
        .oauth2(Tokens.user(Profiles.newSubject()))
        .contentType(ContentType.JSON)
        .body(Profiles.minimal(Profiles.newHandle()))
        .post("/profiles");
  }

  private static Response revalidatePublicView() {
    String tag = given().get("/profiles/" + handle).header("ETag");
    return given().header("If-None-Match", tag).get("/profiles/" + handle);
  }

  private static Response oversizedBody() {
    byte[] body = new byte[70 * 1024];
    Arrays.fill(body, (byte) ' ');
    return owner().contentType(ContentType.JSON).body(body).put("/me/consents/news");
  }

  private static Response textToJson() {
    return owner()
        .contentType(ContentType.TEXT)
        .body(Map.of("granted", true).toString())
        .put("/me/consents/news");
  }
}
