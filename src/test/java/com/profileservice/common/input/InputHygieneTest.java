package com.profileservice.common.input;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.profileservice.common.input.ApiOperations.Operation;
import com.profileservice.support.Profiles;
import com.profileservice.support.RawHttp2;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No NUL character and no unpaired UTF-16 surrogate reaches an operation: PostgreSQL cannot store
 * the first, and the second is silently turned into '?'. In the path, the query or a header the
 * request is malformed (400); inside a JSON document the value is invalid (422, naming the field).
 * Either way the operation never runs, so nothing is stored.
 */
@QuarkusTest
class InputHygieneTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String MALFORMED = "urn:profile-service:problem:malformed-request";
  private static final String INVALID = "urn:profile-service:problem:validation-failed";
  private static final String MARK = "@@bad-text@@";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each as it is written inside a JSON string: NUL, a lone high, a lone low surrogate. */
  private static final List<String> BAD_JSON_TEXT = List.of("a\\u0000b", "a\\ud800b", "a\\udc00b");

  static Stream<Operation> everyOperation() {
    return ApiOperations.all().stream();
  }

  static Stream<Operation> operationsWithPathParameters() {
    return everyOperation().filter(Operation::hasPathParameter);
  }

  @Test
  void theseTestsCoverEveryOperationOfTheApi() throws Exception {
    JsonNode paths =
        JSON.readTree(given().accept("application/json").get("/q/openapi").asString())
            .path("paths");
    Set<String> documented = new TreeSet<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    Set<String> covered = new TreeSet<>();
    everyOperation().forEach(operation -> covered.add(operation.toString()));

    assertEquals(documented, covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void nulInTheQueryIsAMalformedRequest(Operation operation) {
    String before = readProbe(operation);

    Response response = send(operation, ApiOperations.fill(operation.template()) + "?probe=a%00b");

    assertProblem(response, 400, MALFORMED);
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void nulInAQueryParameterNameIsAMalformedRequest(Operation operation) {
    Response response = send(operation, ApiOperations.fill(operation.template()) + "?a%00b=1");

    assertProblem(response, 400, MALFORMED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsWithPathParameters")
  void nulInAPathParameterIsAMalformedRequest(Operation operation) {
    String before = readProbe(operation);

    Response response = send(operation, ApiOperations.fillWith(operation.template(), "a%00b"));

    assertProblem(response, 400, MALFORMED);
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsWithPathParameters")
  void encodedSurrogateInAPathParameterIsAMalformedRequest(Operation operation) {
    // %ED%A0%80 is U+D800 encoded as if it were a character: not UTF-8.
    Response response =
        send(operation, ApiOperations.fillWith(operation.template(), "a%ED%A0%80b"));

    assertProblem(response, 400, MALFORMED);
  }

  /** HTTP/1.1 decoders refuse a NUL in a header before any route; HTTP/2 delivers it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void nulInAHeaderIsAMalformedRequest(Operation operation) throws Exception {
    String before = readProbe(operation);
    List<String> headers = new ArrayList<>(List.of("x-probe", "a\u0000b"));
    if (operation.caller().token() != null) {
      headers.addAll(List.of("authorization", "Bearer " + operation.caller().token()));
    }

    RawHttp2.Answer answer =
        RawHttp2.send(
            operation.method(),
            ApiOperations.fill(operation.template()),
            headers.toArray(String[]::new));

    assertEquals(400, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    JsonNode problem = JSON.readTree(answer.body());
    assertEquals(MALFORMED, problem.path("type").asText());
    assertTrue(problem.path("detail").asText().contains("header"), answer::body);
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  static Stream<Arguments> badTextInEveryJsonString() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    for (Operation operation : ApiOperations.all()) {
      if (!operation.takesJson()) {
        continue;
      }
      JsonNode valid = JSON.readTree(ApiOperations.body(operation));
      for (Map.Entry<String, String> variant : marked(valid).entrySet()) {
        for (String bad : BAD_JSON_TEXT) {
          String body = variant.getValue().replace(MARK, bad);
          cases.add(Arguments.of(operation, variant.getKey(), body));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("badTextInEveryJsonString")
  void badTextAnywhereInAJsonBodyIsAnInvalidField(Operation operation, String field, String body) {
    String before = readProbe(operation);

    Response response =
        operation
            .caller()
            .request()
            .contentType(operation.contentType())
            .body(body.getBytes(StandardCharsets.UTF_8))
            .request(operation.method(), ApiOperations.fill(operation.template()));

    assertProblem(response, 422, INVALID);
    assertEquals(field, response.jsonPath().getString("errors[0].field"));
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  @Test
  void surrogatePairsAreOrdinaryCharacters() {
    String subject = Profiles.newSubject();
    Profiles.create(subject, Profiles.minimal(Profiles.newHandle()));

    given()
        .auth()
        .oauth2(Tokens.user(subject))
        .contentType("application/merge-patch+json")
        .body("{\"name\": \"Ann \\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8))
        .patch("/me")
        .then()
        .statusCode(200);

    assertEquals(
        "Ann \uD83D\uDE00",
        given().auth().oauth2(Tokens.user(subject)).get("/me").jsonPath().getString("name"));
  }

  @Test
  void surrogateBytesInTheBodyAreMalformedJson() {
    byte[] body = {
      '{',
      '"',
      'n',
      'a',
      'm',
      'e',
      '"',
      ':',
      '"',
      'a',
      (byte) 0xED,
      (byte) 0xA0,
      (byte) 0x80,
      '"',
      '}'
    };

    Response response =
        ApiOperations.Caller.OWNER
            .request()
            .contentType("application/merge-patch+json")
            .body(body)
            .patch("/me");

    assertProblem(response, 400, MALFORMED);
  }

  /**
   * For every string value and every property name in {@code document}: the field name the API
   * reports, and the document with that string replaced by {@link #MARK}. A property name is
   * reported as the object that holds it ("" for the document itself).
   */
  private static Map<String, String> marked(JsonNode document) throws Exception {
    Map<String, String> variants = new LinkedHashMap<>();
    collect(document, document, "", variants);
    return variants;
  }

  private static void collect(
      JsonNode document, JsonNode node, String path, Map<String, String> variants)
      throws Exception {
    if (node.isTextual()) {
      JsonNode copy = document.deepCopy();
      replaceAt(copy, path);
      variants.put(path, JSON.writeValueAsString(copy));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(document, node.get(i), path + "[" + i + "]", variants);
      }
    } else if (node.isObject()) {
      JsonNode copy = document.deepCopy();
      ObjectNode holder = (ObjectNode) at(copy, path);
      String firstName = holder.fieldNames().next();
      JsonNode value = holder.remove(firstName);
      holder.set(MARK, value);
      variants.put(path, JSON.writeValueAsString(copy));
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        collect(document, field.getValue(), child, variants);
      }
    }
  }

  private static void replaceAt(JsonNode root, String path) {
    int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    JsonNode parent = at(root, split < 0 ? "" : path.substring(0, split));
    if (path.endsWith("]")) {
      int index = Integer.parseInt(path.substring(split + 1, path.length() - 1));
      ((ArrayNode) parent).set(index, MARK);
    } else {
      ((ObjectNode) parent).put(path.substring(split + 1), MARK);
    }
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : path.isEmpty() ? new String[0] : path.split("\\.|(?=\\[)")) {
      node =
          step.startsWith("[")
              ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : node.get(step);
    }
    return node;
  }

  private static Response send(Operation operation, String path) {
    RequestSpecification request = operation.caller().request();
    String body = ApiOperations.body(operation);
    if (operation.contentType() != null) {
      byte[] bytes = body == null ? new byte[] {1, 2, 3, 4} : body.getBytes(StandardCharsets.UTF_8);
      request = request.contentType(operation.contentType()).body(bytes);
    }
    return request.request(operation.method(), path);
  }

  private static String readProbe(Operation operation) {
    return operation.probe() == null ? "" : operation.probe().read();
  }

  private static void assertProblem(Response response, int status, String type) {
    assertEquals(status, response.statusCode(), response::asString);
    assertEquals(PROBLEM, response.contentType().split(";")[0]);
    assertEquals(type, response.jsonPath().getString("type"));
  }
}
