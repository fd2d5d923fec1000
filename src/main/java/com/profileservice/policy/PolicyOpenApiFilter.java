package com.profileservice.policy;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes every profile property in the OpenAPI document from the policy table itself, so the
 * documentation cannot drift from the rules the service enforces.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PolicyOpenApiFilter implements OASFilter {

  /** Which schemas hold the fields of each group ("" for top-level fields). */
  private static final Map<String, List<String>> SCHEMAS_BY_GROUP =
      Map.of(
          "", List.of("OwnerProfile", "ProfileInput", "PublicProfile"),
          "im", List.of("Im", "PublicIm"),
          "location", List.of("Location", "PublicLocation"));

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      int dot = field.field().indexOf('.');
      String group = dot < 0 ? "" : field.field().substring(0, dot);
      String property = field.field().substring(dot + 1);
      for (String schemaName : SCHEMAS_BY_GROUP.getOrDefault(group, List.of())) {
        Schema schema = schemas.get(schemaName);
        if (schema != null && schema.getProperties() != null) {
          Schema target = schema.getProperties().get(property);
          if (target != null) {
            target.setDescription(describe(field));
          }
        }
      }
    }
  }

  static String describe(FieldPolicy field) {
    String allowed =
        field.allowedVisibilities().stream().map(Enum::name).collect(Collectors.joining(" or "));
    return field.purpose()
        + " Visibility: "
        + allowed
        + "; default "
        + field.defaultVisibility()
        + "."
        + (field.required() ? " Required." : "");
  }
}
