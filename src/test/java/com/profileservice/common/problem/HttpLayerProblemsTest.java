package com.profileservice.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profileservice.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the HTTP layer refuses before any resource runs are answered like every other error:
 * with an RFC 9457 problem document. Sent over a raw socket, since HTTP clients will not send them.
 */
@QuarkusTest
class HttpLayerProblemsTest {

  private static final String PROBLEM = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/profiles/%",
        "/profiles/a%2",
        "/profiles/%G0",
        "/directory?city=%",
        "/directory?page=%ZZ",
        "/me/disclosures?page=%ZZ",
        "/profiles/a|b",
        "/profiles/a{b}",
        "/profiles/a\u00e9b"
      })
  void malformedRequestTargetIsA400Problem(String target) throws Exception {
    RawHttp.Answer answer = RawHttp.get(target);

    assertEquals(400, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    JsonNode problem = JSON.readTree(answer.body());
    assertEquals("urn:profile-service:problem:malformed-request", problem.path("type").asText());
    assertEquals(400, problem.path("status").asInt());
    assertFalse(problem.path("detail").asText().isBlank());
  }

  @Test
  void overlongRequestTargetIsA414Problem() throws Exception {
    RawHttp.Answer answer = RawHttp.get("/profiles/" + "a".repeat(8000));

    assertEquals(414, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    JsonNode problem = JSON.readTree(answer.body());
    assertEquals(414, problem.path("status").asInt());
    assertTrue(problem.path("detail").asText().contains("4096"), answer::body);
    assertFalse(answer.body().contains("aaaaaaaa"), "the target is not echoed back");
  }

  @Test
  void oversizedHeadersAreA431Problem() throws Exception {
    RawHttp.Answer answer = RawHttp.get("/policy", "X-Padding: " + "p".repeat(30_000));

    assertEquals(431, answer.status(), answer::body);
    assertEquals(PROBLEM, answer.mediaType());
    JsonNode problem = JSON.readTree(answer.body());
    assertEquals(431, problem.path("status").asInt());
    assertFalse(problem.path("detail").asText().isBlank());
  }
}
