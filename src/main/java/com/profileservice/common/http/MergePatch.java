package com.profileservice.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7386): what {@code application/merge-patch+json} bodies mean. */
public final class MergePatch {

  private MergePatch() {}

  /** Applies {@code patch} to {@code target}, which it changes in place and returns. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? (ObjectNode) target
            : ((ObjectNode) patch).objectNode();
    patch
        .fields()
        .forEachRemaining(
            entry -> {
              if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
              } else {
                result.set(entry.getKey(), apply(result.get(entry.getKey()), entry.getValue()));
              }
            });
    return result;
  }
}
