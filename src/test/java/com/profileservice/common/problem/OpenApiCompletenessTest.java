package com.profileservice.common.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the API says who may call it and how it fails. */
@QuarkusTest
class OpenApiCompletenessTest {

  /** The verbs an operationId may start with; docs/api-contract.md says which means what. */
  private static final java.util.regex.Pattern OPERATION_ID =
      java.util.regex.Pattern.compile(
          "(get|list|count|find|create|update|set|erase|delete|upload|export|verify|resend|file"
              + "|decide|disclose|extend|release|report)[A-Z][A-Za-z]*");

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationHasAVerbFirstOperationIdExplicitSecurityAndTypedHeaders() {
    Map<String, Object> paths =
        given().accept("application/json").get("/q/openapi").then().extract().path("paths");
    List<String> gaps = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, value) -> {
                      if (!(value instanceof Map<?, ?> operation)) {
                        return;
                      }
                      Object id = operation.get("operationId");
                      String name = method.toUpperCase() + " " + path;
                      if (!(id instanceof String text) || !OPERATION_ID.matcher(text).matches()) {
                        gaps.add(name + ": operationId " + id + " is missing or not verb-first");
                      } else if (!seen.add(text)) {
                        gaps.add(name + ": operationId " + id + " is used twice");
                      }
                      if (!(operation.get("security") instanceof List<?>)) {
                        gaps.add(name + ": no explicit security (public operations say [])");
                      }
                      if (!(operation.get("x-roles") instanceof List<?>)) {
                        gaps.add(name + ": no x-roles");
                      }
                      // A header without a schema is an ERROR line of the Java client generator.
                      ((Map<String, Map<String, Object>>) operation.get("responses"))
                          .forEach(
                              (code, response) -> {
                                Object headers = response.get("headers");
                                if (headers instanceof Map<?, ?> map) {
                                  map.forEach(
                                      (header, described) -> {
                                        if (!(described instanceof Map<?, ?> h
                                            && h.get("schema") instanceof Map<?, ?>)) {
                                          gaps.add(name + " " + code + ": " + header + " untyped");
                                        }
                                      });
                                }
                              });
                    }));
    assertTrue(gaps.isEmpty(), String.join("\n", gaps));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsRoleAndItsProblemResponses() {
    Map<String, Object> paths =
        given().accept("application/json").get("/q/openapi").then().extract().path("paths");
    List<String> gaps = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, value) -> {
                      if (!(value instanceof Map<?, ?>)) {
                        return;
                      }
                      Map<String, Object> operation = (Map<String, Object>) value;
                      String name = method.toUpperCase() + " " + path;
                      String description = String.valueOf(operation.get("description"));
                      if (!description.contains("Role:") && !description.contains("anyone")) {
                        gaps.add(name + ": no role in its description");
                      }
                      Map<String, Object> responses =
                          (Map<String, Object>) operation.get("responses");
                      if (operation.get("security") instanceof List<?> security
                          && !security.isEmpty()
                          && !(responses.containsKey("401") && responses.containsKey("403"))) {
                        gaps.add(name + ": secured without 401 and 403");
                      }
                      responses.forEach(
                          (code, response) -> {
                            Object content = ((Map<String, Object>) response).get("content");
                            if (code.matches("[45]\\d\\d")
                                && !(content instanceof Map<?, ?> media
                                    && media.containsKey("application/problem+json"))) {
                              gaps.add(name + " " + code + ": not a problem document");
                            }
                          });
                    }));
    assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    assertTrue(paths.size() >= 25, "the document lists the whole API: " + paths.keySet());
  }
}
