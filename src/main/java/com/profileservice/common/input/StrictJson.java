package com.profileservice.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * JSON is bound as written. A value of the wrong JSON type is a mismatch (the problem mapper's 422
 * naming the field), never converted: a number is not a string, a string or a number is not a
 * boolean, a float is not an integer, a number is not an instant. Content after the document makes
 * it malformed (400), so "{}garbage" is not a merge patch.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  /** For each kind of target, the JSON shapes Jackson would otherwise convert into it. */
  private static final Map<LogicalType, Set<CoercionInputShape>> NOT_CONVERTED =
      Map.of(
          LogicalType.Textual,
          Set.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
          LogicalType.Boolean,
          Set.of(
              CoercionInputShape.Integer,
              CoercionInputShape.Float,
              CoercionInputShape.String,
              CoercionInputShape.EmptyString),
          LogicalType.Integer,
          Set.of(
              CoercionInputShape.Float,
              CoercionInputShape.String,
              CoercionInputShape.Boolean,
              CoercionInputShape.EmptyString),
          LogicalType.Float,
          Set.of(
              CoercionInputShape.String,
              CoercionInputShape.Boolean,
              CoercionInputShape.EmptyString));

  /** After Quarkus's own customizer, whose Java time module would otherwise replace ours. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    NOT_CONVERTED.forEach(
        (target, shapes) ->
            shapes.forEach(
                shape -> mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail)));
    mapper.registerModule(
        new SimpleModule("strict-instants").addDeserializer(Instant.class, new IsoInstants()));
  }

  /**
   * Instants only as ISO 8601 text with an offset. Jackson's own also takes numbers, and text of
   * digits, as seconds since 1970, which the coercion settings above do not reach.
   */
  static final class IsoInstants extends StdScalarDeserializer<Instant> {

    IsoInstants() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText();
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return (Instant)
            context.handleWeirdStringValue(
                Instant.class, text, "not an ISO 8601 date-time with an offset");
      }
    }
  }
}
