package com.profileservice.policy;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes every profile property in the OpenAPI document from the policy table itself, so the
 * documentation cannot drift from the rules the service enforces.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PolicyOpenApiFilter implements OASFilter {

  /** The views and the document that hold the profile fields; groups are followed by $ref. */
  private static final List<String> PROFILE_SCHEMAS =
      List.of("OwnerProfile", "ProfileInput", "PublicProfile");

  private static final String SCHEMA_REF = "#/components/schemas/";

  private static final String CONSENT_PATH = "/me/consents/{name}";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    describeConsentNames(openAPI);
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (FieldPolicy field : PrivacyPolicy.fields()) {
      for (String schemaName : PROFILE_SCHEMAS) {
        Schema target = property(schemas, schemas.get(schemaName), field.field().split("\\."));
        if (target != null) {
          target.setDescription(describe(field));
        }
      }
    }
  }

  /** A consent in a path is one of the policy's; any other name is a 404. */
  private static void describeConsentNames(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItem(CONSENT_PATH) == null) {
      return;
    }
    List<Object> names =
        PrivacyPolicy.consents().stream().map(ConsentPolicy::name).collect(Collectors.toList());
    openAPI.getPaths().getPathItem(CONSENT_PATH).getOperations().values().stream()
        .filter(operation -> operation.getParameters() != null)
        .flatMap(operation -> operation.getParameters().stream())
        .filter(parameter -> "name".equals(parameter.getName()))
        .forEach(
            parameter ->
                parameter.schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(names)));
  }

  /** The property at {@code path} below {@code schema}, following references into groups. */
  private static Schema property(Map<String, Schema> schemas, Schema schema, String[] path) {
    Schema current = schema;
    for (String part : path) {
      if (current != null && current.getRef() != null && current.getRef().startsWith(SCHEMA_REF)) {
        current = schemas.get(current.getRef().substring(SCHEMA_REF.length()));
      }
      if (current == null || current.getProperties() == null) {
        return null;
      }
      current = current.getProperties().get(part);
    }
    return current;
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
