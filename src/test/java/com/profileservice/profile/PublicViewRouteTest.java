package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Await;
import com.profileservice.support.Profiles;
import com.profileservice.support.SqlStatements;
import com.profileservice.support.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An anonymous read of a cached public view is answered by the HTTP router; what it answers is
 * exactly what the REST resource answers for the same view (compared here with a request the router
 * leaves to the resource: one carrying a bearer token), and it is counted as the resource's answers
 * are.
 */
@QuarkusTest
class PublicViewRouteTest {

  /** Headers that differ between any two answers. */
  private static final Set<String> PER_ANSWER = Set.of("date");

  @Inject PublicViewCache cache;
  @Inject MeterRegistry registry;
  @Inject SqlStatements statements;

  private String handle;
  private String token;

  @BeforeEach
  void cachedView() {
    Await.until("the cache is in use", cache::inUse);
    String subject = newSubject();
    handle = Profiles.create(subject, minimal(newHandle()));
    token = Tokens.user(subject);
    given().get("/profiles/" + handle).then().statusCode(200);
  }

  @Test
  void aCachedViewIsAnsweredByTheRouterWithTheResourcesStatusHeadersAndBytes() {
    Response fromResource = viaResource(r -> r);
    double before = routerAnswers();
    Response fromRouter = given().get("/profiles/" + handle);

    assertEquals(before + 1, routerAnswers(), "answered by the router");
    assertEquals(200, fromRouter.statusCode());
    assertEquals(fromResource.asString(), fromRouter.asString());
    assertEquals(headers(fromResource), headers(fromRouter));
  }

  @Test
  void anUncachedViewIsReadByTheRouterWithOneStatementAndAnsweredAsTheResourceDoes() {
    String other = Profiles.create(newSubject(), minimal(newHandle()));
    double before = routerAnswers();
    SqlStatements.Counted<Response> fromRouter =
        statements.counting(() -> given().get("/profiles/" + other));

    assertEquals(before + 1, routerAnswers(), "answered by the router");
    assertEquals(1, fromRouter.statements(), "uncached view");
    Response fromResource = given().auth().oauth2(token).get("/profiles/" + other);
    assertEquals(200, fromRouter.result().statusCode());
    assertEquals(fromResource.asString(), fromRouter.result().asString());
    assertEquals(headers(fromResource), headers(fromRouter.result()));
  }

  @Test
  void anUnknownHandleIsTheResourcesProblemDocument() {
    String unknown = newHandle();
    double before = routerAnswers();
    Response fromRouter = given().get("/profiles/" + unknown);

    assertEquals(before + 1, routerAnswers(), "answered by the router");
    Response fromResource = given().auth().oauth2(token).get("/profiles/" + unknown);
    assertEquals(404, fromRouter.statusCode());
    assertEquals(fromResource.asString(), fromRouter.asString());
    assertEquals(headers(fromResource), headers(fromRouter));
  }

  @Test
  void aNotModifiedFromTheRouterIsTheResourcesNotModified() {
    String tag = given().get("/profiles/" + handle).header("ETag");
    Response fromResource = viaResource(r -> r.header("If-None-Match", tag));
    double before = routerAnswers();
    Response fromRouter = given().header("If-None-Match", tag).get("/profiles/" + handle);

    assertEquals(before + 1, routerAnswers(), "answered by the router");
    assertEquals(304, fromRouter.statusCode());
    assertEquals(304, fromResource.statusCode());
    assertEquals("", fromRouter.asString());
    assertEquals(headers(fromResource), headers(fromRouter));
  }

  @Test
  void whatTheRouterIsNotSureToAnswerAsTheResourceWouldGoesToTheResource() {
    double before = routerAnswers();

    viaResource(r -> r).then().statusCode(200);
    given().accept("text/html").get("/profiles/" + handle).then().statusCode(406);
    given().get("/profiles/" + handle + "?x=1").then().statusCode(200);
    given().get("/profiles/" + handle.toUpperCase() + "%5F").then().statusCode(404);
    given().head("/profiles/" + handle).then().statusCode(200);

    assertEquals(before, routerAnswers(), "none answered by the router");
  }

  @Test
  void theRoutersAnswersAreMeasuredUnderTheOperationsPathTemplate() {
    given().get("/profiles/" + handle).then().statusCode(200);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        metrics
            .lines()
            .anyMatch(
                line ->
                    line.startsWith("http_server_requests_seconds_count")
                        && line.contains("method=\"GET\"")
                        && line.contains("uri=\"/profiles/{handle}\"")),
        "counted under the template");
    assertFalse(metrics.contains(handle), "never under the handle itself");
  }

  private Response viaResource(UnaryOperator<RequestSpecification> conditions) {
    return conditions.apply(given().auth().oauth2(token)).get("/profiles/" + handle);
  }

  private double routerAnswers() {
    return registry.get("profile.public.view.router.answers").counter().count();
  }

  private static Map<String, String> headers(Response response) {
    Map<String, String> headers = new TreeMap<>();
    for (Header header : response.headers()) {
      String name = header.getName().toLowerCase(java.util.Locale.ROOT);
      if (!PER_ANSWER.contains(name)) {
        headers.merge(name, header.getValue(), (a, b) -> a + ", " + b);
      }
    }
    return headers;
  }
}
