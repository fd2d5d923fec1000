package com.profileservice.profile;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the checks of every field of the owner's document in the OpenAPI document, from the
 * binding the validator runs, so the description cannot drift from what is enforced: required (from
 * the policy), maximum length, pattern and an example. The policy's purpose and visibility are
 * described by {@code policy.PolicyOpenApiFilter}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProfileOpenApiFilter implements OASFilter {

  private static final String SCHEMA_REF = "#/components/schemas/";

  /** What "required" means for a field without a pattern of its own: some non-blank text. */
  private static final String NOT_BLANK = "\\S";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Schema document = schemas.get(ProfileInput.class.getSimpleName());
    if (document == null) {
      return;
    }
    for (ProfileField<?> field : ProfileFields.inDocument()) {
      describe(field, document, schemas);
    }
  }

  private static void describe(
      ProfileField<?> field, Schema document, Map<String, Schema> schemas) {
    String[] path = field.name().split("\\.");
    Schema holder = document;
    for (int i = 0; i < path.length - 1 && holder != null; i++) {
      holder = resolve(property(holder, path[i]), schemas);
    }
    Schema property = property(holder, path[path.length - 1]);
    if (property == null) {
      return;
    }
    for (FieldCheck check : field.checks()) {
      if (check instanceof FieldCheck.MaxLength length) {
        property.setMaxLength(length.max());
      } else if (check instanceof FieldCheck.Matches matches) {
        property.setPattern(matches.pattern().pattern());
      }
    }
    if (field.policy().required()) {
      if (holder.getRequired() == null || !holder.getRequired().contains(path[path.length - 1])) {
        holder.addRequired(path[path.length - 1]);
      }
      if (property.getPattern() == null) {
        property.setPattern(NOT_BLANK);
      }
    }
    if (field.example() != null) {
      property.setExamples(List.of(field.example()));
    }
  }

  private static Schema property(Schema schema, String name) {
    return schema == null || schema.getProperties() == null
        ? null
        : schema.getProperties().get(name);
  }

  private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
    if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMA_REF)) {
      return schema;
    }
    return schemas.get(schema.getRef().substring(SCHEMA_REF.length()));
  }
}
