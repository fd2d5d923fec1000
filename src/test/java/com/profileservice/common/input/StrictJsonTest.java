package com.profileservice.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.profileservice.common.input.ApiOperations.Operation;
import com.profileservice.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON is read as written: a value of the wrong JSON type is an invalid field (422), never
 * converted; anything after the document makes it malformed (400); and a body is JSON only when its
 * Content-Type says so (415). None of these requests stores anything.
 */
@QuarkusTest
class StrictJsonTest {

  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        wrong("POST", "/legal/requests", "issuingAuthority", "12345"),
        wrong("POST", "/legal/requests", "referenceNumber", "1.5"),
        wrong("POST", "/legal/requests", "referenceNumber", "true"),
        wrong("PUT", "/me/consents/{name}", "granted", "\"true\""),
        wrong("PUT", "/me/consents/{name}", "granted", "1"),
        wrong("PUT", "/me/consents/{name}", "granted", "0"),
        wrong("PATCH", "/me", "im.icq", "12345"),
        wrong("PATCH", "/me", "name", "true"),
        wrong("PATCH", "/me", "visibility.email", "1"),
        wrong("POST", "/profiles", "im.icq", "12345"),
        wrong("POST", "/profiles", "name", "12345"),
        wrong("POST", "/legal/requests/{id}/decision", "reason", "true"),
        wrong("POST", "/legal/requests/{id}/decision", "approve", "\"true\""),
        wrong("POST", "/legal/requests/{id}/decision", "approve", "1"),
        wrong("POST", "/internal/profiles/{handle}/comment-ips", "commentId", "5"),
        wrong("POST", "/internal/profiles/{handle}/comment-ips", "postedAt", "1700000000"),
        wrong("POST", "/internal/profiles/{handle}/comment-ips", "postedAt", "\"1700000000\""),
        wrong("POST", "/email-verifications", "token", "5"));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("wrongTypes")
  void valueOfTheWrongJsonTypeIsAnInvalidField(Operation operation, String field, String value) {
    String body = withValue(ApiOperations.body(operation), field, value);
    String before = readProbe(operation);

    Response response = sendJson(operation, body);

    assertEquals(422, response.statusCode(), response::asString);
    assertEquals(PROBLEM, response.contentType().split(";")[0]);
    assertEquals("urn:profile-service:problem:validation-failed", response.jsonPath().get("type"));
    assertEquals(field, response.jsonPath().getString("errors[0].field"));
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  static Stream<Arguments> trailingContent() {
    return jsonOperations()
        .flatMap(
            operation ->
                Stream.of("garbage", " {}", "]", " true", "\"more\"")
                    .map(trailer -> Arguments.of(operation, trailer)));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("trailingContent")
  void contentAfterTheDocumentIsMalformedJson(Operation operation, String trailer) {
    String before = readProbe(operation);

    Response response = sendJson(operation, ApiOperations.body(operation).strip() + trailer);

    assertEquals(400, response.statusCode(), response::asString);
    assertEquals(PROBLEM, response.contentType().split(";")[0]);
    assertEquals("urn:profile-service:problem:malformed-request", response.jsonPath().get("type"));
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  static Stream<Operation> jsonOperations() {
    return ApiOperations.all().stream().filter(Operation::takesJson);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonOperations")
  void jsonBodyWithoutContentTypeIsA415Problem(Operation operation) {
    String before = readProbe(operation);
    String token = operation.caller().token();
    String[] headers =
        token == null ? new String[0] : new String[] {"Authorization: Bearer " + token};

    RawHttp.Answer answer =
        RawHttp.send(
            operation.method(),
            ApiOperations.fill(operation.template()),
            ApiOperations.body(operation).getBytes(StandardCharsets.UTF_8),
            headers);

    assertEquals(415, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    assertEquals(before, readProbe(operation), "a refused request changed nothing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonOperations")
  void jsonBodyDeclaredAsTextIsA415Problem(Operation operation) {
    Response response =
        operation
            .caller()
            .request()
            .contentType("text/plain")
            .body(ApiOperations.body(operation).getBytes(StandardCharsets.UTF_8))
            .request(operation.method(), ApiOperations.fill(operation.template()));

    assertEquals(415, response.statusCode(), response::asString);
    assertEquals(PROBLEM, response.contentType().split(";")[0]);
  }

  private static Arguments wrong(String method, String template, String field, String value) {
    Operation operation =
        ApiOperations.all().stream()
            .filter(op -> op.method().equals(method) && op.template().equals(template))
            .findFirst()
            .orElseThrow();
    return Arguments.of(operation, field, value);
  }

  /** The valid body with the JSON value at {@code field} replaced by the raw JSON {@code value}. */
  private static String withValue(String body, String field, String value) {
    try {
      JsonNode document = JSON.readTree(body);
      String marker = "@@value@@";
      String[] steps = field.split("\\.|(?=\\[)");
      JsonNode node = document;
      for (int i = 0; i < steps.length - 1; i++) {
        node = node.get(steps[i]);
      }
      String last = steps[steps.length - 1];
      if (last.startsWith("[")) {
        ((ArrayNode) node).set(Integer.parseInt(last.substring(1, last.length() - 1)), marker);
      } else {
        ((ObjectNode) node).put(last, marker);
      }
      return JSON.writeValueAsString(document).replace("\"" + marker + "\"", value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response sendJson(Operation operation, String body) {
    return operation
        .caller()
        .request()
        .contentType(operation.contentType())
        .body(body.getBytes(StandardCharsets.UTF_8))
        .request(operation.method(), ApiOperations.fill(operation.template()));
  }

  private static String readProbe(Operation operation) {
    return operation.probe() == null ? "" : operation.probe().read();
  }
}
