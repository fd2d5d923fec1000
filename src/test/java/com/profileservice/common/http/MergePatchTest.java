package com.profileservice.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Cases from RFC 7386, appendix A. */
class MergePatchTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void replacesAddsAndRemovesMembers() throws Exception {
    assertMerged("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
    assertMerged("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
    assertMerged("{\"a\":\"b\"}", "{\"a\":null}", "{}");
    assertMerged("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
  }

  @Test
  void mergesNestedObjectsAndReplacesArrays() throws Exception {
    assertMerged(
        "{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
    assertMerged("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
    assertMerged("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
    assertMerged("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
  }

  private void assertMerged(String target, String patch, String expected) throws Exception {
    JsonNode result = MergePatch.apply(json.readTree(target), json.readTree(patch));
    assertEquals(json.readTree(expected), result);
  }
}
