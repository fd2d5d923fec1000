package com.profileservice.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The parts of the contract that generated clients and linters need and that annotations on one
 * resource cannot say: the server, the tags in the order a user meets them, an explicit empty
 * {@code security} on public operations, the roles of each operation as {@code x-roles}, a schema
 * on every response header, and bounds on every numeric id in a path (1 to the largest int64, as
 * the database's identity columns give them). docs/api-contract.md describes the conventions.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -200)
public class ContractOpenApiFilter implements OASFilter {

  /** The extension naming the roles that may call an operation (any one of them suffices). */
  public static final String ROLES = "x-roles";

  private static final String SCHEME = "bearer";

  /**
   * A request header (If-Match, If-None-Match) is bounded only by the limit on all header lines
   * together, profile.input.max-header-size, whose default is 20K.
   */
  private static final int HEADER_MAX_LENGTH = 20 * 1024;

  /** Tag name and description, in the order a user meets them. */
  static final List<List<String>> TAGS =
      List.of(
          List.of("Profiles", "Create a profile, and anyone's public view of one."),
          List.of("Owner", "The caller's own profile: read, change, export, erase."),
          List.of("Consents", "The caller's consents and the ledger of their changes."),
          List.of("Email verification", "Proving that the caller owns the address given."),
          List.of("Pictures", "The caller's picture, and anyone's view of a public one."),
          List.of("Directory", "Profiles listed by their owners' consent, by region."),
          List.of("Policy", "The privacy policy as data: fields, consents, legal reach."),
          List.of("Transparency", "Legal requests counted per half-year and basis."),
          List.of("Internal", "Purpose-bound look-ups for the service's own back ends."),
          List.of("Legal", "Legal requests: intake, review, disclosure, holds and audit."));

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description(
                    "The instance that serves this document: local, staging or production alike.")
                .addExtension("x-internal", false)));
    List<Tag> tags = new ArrayList<>();
    for (List<String> tag : TAGS) {
      tags.add(OASFactory.createTag().name(tag.get(0)).description(tag.get(1)));
    }
    openAPI.setTags(tags);
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      // The generic paging record; each list is documented as PageOf<item> and never refers to it.
      openAPI.getComponents().removeSchema("Page");
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(ContractOpenApiFilter::describe);
  }

  private static void describe(Operation operation) {
    List<String> roles = new ArrayList<>();
    if (operation.getSecurity() != null) {
      for (SecurityRequirement requirement : operation.getSecurity()) {
        List<String> scopes = requirement.getScheme(SCHEME);
        if (scopes != null) {
          roles.addAll(scopes);
          // Scopes belong to OAuth2 schemes; linters reject role names on an http bearer scheme.
          requirement.addScheme(SCHEME, new ArrayList<>());
        }
      }
    }
    if (roles.isEmpty()) {
      // Explicitly public: without this, a client generator applies the document's default.
      operation.setSecurity(new ArrayList<>());
    }
    operation.addExtension(ROLES, roles);
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(p -> p.getIn() == Parameter.In.HEADER && p.getSchema() != null)
          .filter(p -> p.getSchema().getMaxLength() == null)
          .forEach(p -> p.getSchema().maxLength(HEADER_MAX_LENGTH));
      operation.getParameters().stream()
          .filter(p -> p.getIn() == Parameter.In.PATH && isInt64(p.getSchema()))
          .filter(p -> p.getSchema().getMinimum() == null)
          .forEach(
              p ->
                  p.getSchema()
                      .minimum(BigDecimal.ONE)
                      .maximum(BigDecimal.valueOf(Long.MAX_VALUE)));
    }
    if (operation.getResponses() == null) {
      return;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .values()
        .forEach(
            response -> {
              if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(ContractOpenApiFilter::typed);
              }
            });
  }

  private static boolean isInt64(Schema schema) {
    return schema != null
        && schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.INTEGER)
        && "int64".equals(schema.getFormat());
  }

  private static void typed(Header header) {
    if (header.getSchema() == null && header.getRef() == null) {
      header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200));
    }
  }
}
