package com.profileservice.common.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Profiles;
import com.profileservice.support.RawHttp;
import com.profileservice.support.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics} is readable by anyone, so its labels must never carry what a client put in a
 * request: every {@code uri} is a route template or a fixed word, whatever the path and status.
 */
@QuarkusTest
class MetricsPrivacyTest {

  private static final String EMAIL = "mx.person@private.example.org";
  private static final String PHONE = "+31612345678";
  private static final String IP = "203.0.113.77";
  private static final String BIRTHDAY = "1984-02-29";
  private static final String HANDLE = Profiles.newHandle();

  /** What must not appear anywhere in the metrics, in any encoding a path could carry. */
  private static final List<String> PERSONAL =
      List.of("mx.person", "private.example.org", "31612345678", IP, BIRTHDAY, HANDLE);

  private static final List<String> VALUES =
      List.of(encoded(EMAIL), encoded(PHONE), IP, BIRTHDAY, HANDLE);

  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
  private static final Set<String> FIXED_URIS = Set.of("NOT_FOUND", "REDIRECTION", "UNMATCHED");

  private static final Pattern SERIES =
      Pattern.compile("(?m)^http_server_requests_seconds_count\\{");
  private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");
  private static final Pattern METHOD_LABEL = Pattern.compile("method=\"([^\"]*)\"");

  @Inject MeterRegistry registry;

  @Test
  void personalValuesSentThroughEveryErrorPathNeverReachTheMetrics() {
    unknownPaths();
    malformedRequests();
    wrongMethodOnEveryResourcePath();
    everySecuredOperationWithoutTokenAndWithoutRole();
    unknownHandlesAndNumbers();

    String metrics = metrics();
    assertTrue(metrics.contains("http_server_requests_seconds_count"), "no request was counted");
    for (String value : PERSONAL) {
      assertFalse(metrics.contains(value), () -> "the metrics hold " + value);
    }
  }

  @Test
  void everyUriLabelIsARouteTemplateOrAFixedWordAndEveryMethodLabelAKnownMethod() {
    unknownPaths();
    malformedRequests();
    wrongMethodOnEveryResourcePath();

    Set<String> allowed = new TreeSet<>(FIXED_URIS);
    allowed.addAll(openApiPaths().keySet());
    String metrics = metrics();
    for (String uri : labels(URI_LABEL, metrics)) {
      assertTrue(allowed.contains(uri), () -> "uri label " + uri + " is not a route template");
    }
    for (String method : labels(METHOD_LABEL, metrics)) {
      assertTrue(
          STANDARD_METHODS.contains(method) || method.equals("OTHER"),
          () -> "method label " + method + " came from a request");
    }
  }

  @Test
  void aThousandDistinctUnknownPathsAddNoSeries() {
    for (int i = -4; i < 0; i++) {
      distinctHostileRequest(i);
    }
    long before = seriesCount();
    for (int i = 0; i < 1000; i++) {
      distinctHostileRequest(i);
    }
    assertEquals(before, seriesCount(), "distinct paths grew the number of series");
  }

  @Test
  void aMeterTheBinderLabelsOnItsOwnIsStillBounded() {
    // A connection reset before any answer is labelled by the binder alone, with the raw path.
    registry
        .timer(
            "http.server.requests",
            Tags.of("method", "M" + PHONE, "outcome", "UNKNOWN", "status", "RESET")
                .and("uri", "/nope/" + PHONE))
        .record(Duration.ofMillis(1));

    String metrics = metrics();
    assertFalse(metrics.contains("31612345678"), "a raw path or method became a label");
    assertTrue(
        metrics.contains(
            "{method=\"OTHER\",outcome=\"UNKNOWN\",status=\"RESET\",uri=\"UNMATCHED\"}"),
        "the meter was not relabelled");
  }

  private static void distinctHostileRequest(int i) {
    String n = Integer.toString(Math.abs(i) + (i < 0 ? 5000 : 0));
    switch (Math.floorMod(i, 4)) {
      case 0 -> RawHttp.status("GET", "/nope/" + n + "-" + encoded(EMAIL));
      case 1 -> RawHttp.status("DELETE", "/internal/phonepost/%2B3161234" + n);
      case 2 -> RawHttp.status("GET", "/nope/%ZZ" + n);
      default -> RawHttp.status("M" + n, "/profiles/x" + n);
    }
  }

  private static void unknownPaths() {
    RawHttp.status("GET", "/" + encoded(EMAIL));
    RawHttp.status("GET", "/nope/" + encoded(PHONE));
    RawHttp.status("GET", "/profiles/" + HANDLE + "/nope");
    RawHttp.status("GET", "/me/" + IP);
    RawHttp.status("POST", "/internal/" + BIRTHDAY);
    RawHttp.status("DELETE", "/legal/requests/" + encoded(EMAIL) + "/nope");
    RawHttp.status("GET", "/");
  }

  private static void malformedRequests() {
    // A request target without its leading slash, and one in absolute form.
    RawHttp.status("GET", EMAIL);
    RawHttp.status("GET", "http://localhost/nope/" + encoded(EMAIL));
    // Malformed percent escapes, in the path and after it.
    RawHttp.status("GET", "/profiles/%ZZ" + encoded(PHONE));
    RawHttp.status("GET", "/nope/" + encoded(EMAIL) + "%");
    RawHttp.status("GET", "/" + HANDLE + "%zz");
    // Made-up methods, one of them spelled like a phone number.
    RawHttp.status("M31612345678", "/profiles/" + HANDLE);
    RawHttp.status("PURGE", "/nope/" + encoded(EMAIL));
    // A declared body over the limit, and a request target over the limit.
    RawHttp.status("POST", "/nope/" + encoded(EMAIL), "Content-Length: 1000000\r\n", new byte[0]);
    RawHttp.status("POST", "/profiles/" + IP, "Content-Length: 1000000\r\n", new byte[0]);
    RawHttp.status("GET", "/nope/" + encoded(EMAIL) + "x".repeat(9000));
  }

  private static void wrongMethodOnEveryResourcePath() {
    openApiPaths()
        .forEach(
            (template, operations) -> {
              for (String method : METHODS) {
                if (!operations.containsKey(method.toLowerCase())) {
                  RawHttp.status(method, filled(template));
                }
              }
            });
  }

  private static void everySecuredOperationWithoutTokenAndWithoutRole() {
    String roleless = Tokens.withRoles(Profiles.newSubject(), "nobody");
    openApiPaths()
        .forEach(
            (template, operations) ->
                operations.forEach(
                    (method, operation) -> {
                      if (operation instanceof Map<?, ?> op && op.containsKey("security")) {
                        String verb = method.toUpperCase();
                        RawHttp.status(verb, filled(template));
                        RawHttp.status(
                            verb,
                            filled(template),
                            "Authorization: Bearer " + roleless + "\r\n",
                            new byte[0]);
                      }
                    }));
  }

  private static void unknownHandlesAndNumbers() {
    RawHttp.status("GET", "/profiles/" + HANDLE);
    RawHttp.status("GET", "/profiles/" + HANDLE + "/picture");
    withToken("GET", "/internal/phonepost/" + encoded(PHONE), "phonepost");
    withToken("GET", "/internal/profiles/" + HANDLE + "/email?purpose=support", "mailer");
    withToken("GET", "/internal/profiles/" + encoded(EMAIL) + "/email?purpose=support", "mailer");
  }

  private static void withToken(String method, String target, String role) {
    String token = Tokens.withRoles(Profiles.newSubject(), role);
    RawHttp.status(method, target, "Authorization: Bearer " + token + "\r\n", new byte[0]);
  }

  /** The template with each parameter replaced by a personal value, in turn. */
  private static String filled(String template) {
    Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
    StringBuilder path = new StringBuilder();
    int next = template.length();
    while (parameter.find()) {
      parameter.appendReplacement(
          path, Matcher.quoteReplacement(VALUES.get(Math.floorMod(next++, VALUES.size()))));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  private static Map<String, Map<String, Object>> openApiPaths() {
    return given().accept("application/json").get("/q/openapi").jsonPath().getMap("paths");
  }

  private static String metrics() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  private static long seriesCount() {
    return SERIES.matcher(metrics()).results().count();
  }

  private static List<String> labels(Pattern label, String metrics) {
    List<String> values = new ArrayList<>();
    for (String line : metrics.split("\n")) {
      if (line.startsWith("http_server_requests_seconds")) {
        label.matcher(line).results().map(m -> m.group(1)).forEach(values::add);
      }
    }
    return values;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
