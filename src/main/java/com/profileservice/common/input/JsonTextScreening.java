package com.profileservice.common.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profileservice.common.problem.InvalidRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Holds every JSON request body to {@link CleanText} before it is bound: each string value and each
 * property name, at any depth, whatever type it is bound to (a record, a map, a list or a merge
 * patch tree). The first that fails is an invalid field (422) named by its path; property names are
 * reported as the object that holds them. Reading the body's tokens once more costs little next to
 * binding it, and it is the only place that sees every string the client sent.
 */
@Provider
public class JsonTextScreening implements ReaderInterceptor {

  private final JsonFactory tokens;

  public JsonTextScreening(ObjectMapper json) {
    this.tokens = json.getFactory();
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    screen(body);
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /**
   * Reads text rather than bytes: the byte parser refuses an unpaired surrogate in a property name
   * as broken JSON, where the same surrogate in a value passes; from text both are seen here and
   * refused alike. Bytes that are not UTF-8 decode to U+FFFD here and are refused by binding.
   */
  private void screen(byte[] body) throws IOException {
    try (JsonParser parser = tokens.createParser(new String(body, StandardCharsets.UTF_8))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        boolean name = token == JsonToken.FIELD_NAME;
        if ((name || token == JsonToken.VALUE_STRING) && !CleanText.isClean(parser.getText())) {
          JsonStreamContext where = parser.getParsingContext();
          throw InvalidRequest.of(
              pathOf(name ? where.getParent() : where),
              "must not contain NUL characters or unpaired surrogates");
        }
      }
    } catch (JsonProcessingException malformed) {
      // Binding reads the same bytes next and reports the malformed document in full.
    }
  }

  /** The field as the API names it: dotted, with [i] for array items. */
  private static String pathOf(JsonStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        steps.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && type.getType().equalsIgnoreCase("application")
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }
}
