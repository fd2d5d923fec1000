package com.profileservice.profile;

import com.profileservice.policy.Visibility;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes the checks of every field of the owner's document in the OpenAPI document, from the
 * binding the validator runs, so the description cannot drift from what is enforced: required (from
 * the policy), maximum length, pattern and an example. The policy's purpose and visibility are
 * described by {@code policy.PolicyOpenApiFilter}.
 *
 * <p>It also derives the merge-patch document of {@code PATCH /me} ({@value #PATCH}: every property
 * optional, {@code null} to clear what may be cleared) and says which keys of the owner view are
 * always present and which of them may be {@code null}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProfileOpenApiFilter implements OASFilter {

  private static final String SCHEMA_REF = "#/components/schemas/";

  private static final int ISO_DATE_LENGTH = "2026-01-31".length();

  /** The merge patch of PATCH /me and its nested groups, derived from the document. */
  static final String PATCH = "ProfilePatch";

  /** Keys of the owner view that always hold a value; every other key may be null. */
  private static final Set<String> OWNER_VIEW_NEVER_NULL =
      Set.of(
          "handle",
          "name",
          "email",
          "emailVerified",
          "visibility",
          "consents",
          "status",
          "version",
          "createdAt",
          "updatedAt");

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
    document.getProperties().get("handle").setMaxLength(HandleFormat.MAX_LENGTH);
    visibilityMap(document.getProperties().get("visibility"), false);
    Components components = openAPI.getComponents();
    components.addSchema(PATCH, patchOf(document, components, ""));
    describeHandleParameters(openAPI);
    Schema owner = schemas.get(OwnerProfile.class.getSimpleName());
    if (owner != null) {
      describeOwnerView(owner);
    }
  }

  /** Field name to visibility; in a patch a null value resets the field to its default. */
  private static void visibilityMap(Schema visibility, boolean nullable) {
    Schema value =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.STRING)
            .enumeration(new ArrayList<>(Arrays.asList((Object[]) Visibility.values())));
    if (nullable) {
      value = orNull(value);
    }
    visibility.additionalPropertiesSchema(value).maxProperties(ProfileFields.inDocument().size());
  }

  /**
   * A copy of the document with nothing required and a null allowed wherever the policy does not
   * require the field: RFC 7386 reads null as "remove". Groups (im, location) get patch schemas of
   * their own, named after the document's.
   */
  private static Schema patchOf(Schema document, Components components, String prefix) {
    Map<String, Schema> schemas = components.getSchemas();
    Schema patch =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .additionalPropertiesBoolean(false)
            .description(
                prefix.isEmpty()
                    ? "A JSON merge patch (RFC 7386) of the caller's profile: only the properties"
                        + " sent change; null clears a field that is not required, or resets a"
                        + " field's visibility to its default. handle may be sent but not changed."
                    : "The " + prefix + " group in a merge patch; null clears a member.");
    Map<String, Schema> properties = new LinkedHashMap<>();
    document
        .getProperties()
        .forEach(
            (name, property) -> {
              boolean required =
                  document.getRequired() != null && document.getRequired().contains(name);
              Schema group = resolve(property, schemas);
              Schema copy;
              if (group != property && group != null) {
                String groupName = PATCH + capitalised(name);
                components.addSchema(groupName, patchOf(group, components, name));
                copy =
                    OASFactory.createSchema()
                        .anyOf(
                            List.of(
                                OASFactory.createSchema().ref(SCHEMA_REF + groupName),
                                OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
              } else {
                copy = copyOf(property);
                if (name.equals("visibility")) {
                  visibilityMap(copy, true);
                }
                if (!required && copy.getEnumeration() != null) {
                  copy = orNull(copy).description(copy.getDescription());
                } else if (!required && copy.getType() != null) {
                  copy.addType(Schema.SchemaType.NULL);
                }
              }
              properties.put(name, copy);
            });
    return patch.properties(properties);
  }

  private static Schema orNull(Schema schema) {
    return OASFactory.createSchema()
        .anyOf(List.of(schema, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
  }

  private static Schema copyOf(Schema property) {
    Schema copy =
        OASFactory.createSchema()
            .type(property.getType() == null ? null : new ArrayList<>(property.getType()))
            .format(property.getFormat())
            .maxLength(property.getMaxLength())
            .pattern(property.getPattern())
            .description(property.getDescription())
            .examples(property.getExamples());
    if (property.getEnumeration() != null) {
      copy.enumeration(new ArrayList<>(property.getEnumeration()));
    }
    return copy;
  }

  private static void describeOwnerView(Schema owner) {
    List<String> names = new ArrayList<>(owner.getProperties().keySet());
    owner.required(names);
    Map<String, Schema> properties = new LinkedHashMap<>(owner.getProperties());
    properties.replaceAll(
        (name, property) -> {
          if (OWNER_VIEW_NEVER_NULL.contains(name)) {
            return property;
          }
          if (property.getRef() != null) {
            return OASFactory.createSchema()
                .description(property.getDescription())
                .anyOf(
                    List.of(
                        OASFactory.createSchema().ref(property.getRef()),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
          }
          if (property.getType() != null) {
            property.addType(Schema.SchemaType.NULL);
          }
          return property;
        });
    owner.properties(properties);
  }

  /**
   * No profile has a handle outside HandleFormat (a CHECK constraint), so no other value names one.
   */
  private static void describeHandleParameters(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(operation -> operation.getParameters() != null)
        .flatMap(operation -> operation.getParameters().stream())
        .filter(p -> "handle".equals(p.getName()) && p.getIn() == Parameter.In.PATH)
        .forEach(
            p ->
                p.schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .pattern(anchored(HandleFormat.REGEX))
                        .maxLength(HandleFormat.MAX_LENGTH)));
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** JSON Schema patterns match anywhere; the validator matches the whole value. */
  private static String anchored(String pattern) {
    return "^(?:" + pattern + ")$";
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
        property.setPattern(anchored(matches.pattern().pattern()));
      } else if (check instanceof FieldCheck.E164) {
        property.pattern(anchored(FieldCheck.E164.REGEX)).maxLength(FieldCheck.E164.MAX_LENGTH);
      } else if (check instanceof FieldCheck.CountryCode) {
        // Any case is accepted and stored upper-cased.
        property.pattern("^[A-Za-z]{2}$").minLength(2).maxLength(2);
      } else if (check instanceof FieldCheck.IsoDate) {
        property.format("date").maxLength(ISO_DATE_LENGTH);
      }
    }
    if (field.policy().required()) {
      if (holder.getRequired() == null || !holder.getRequired().contains(path[path.length - 1])) {
        holder.addRequired(path[path.length - 1]);
      }
      if (property.getPattern() == null) {
        property.setPattern(NOT_BLANK);
      }
      if (property.getMinLength() == null) {
        property.setMinLength(1);
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
