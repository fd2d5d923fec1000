package com.profileservice.traffic;

import com.profileservice.common.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Documents the 429 that rate limiting can give any operation, with its Retry-After header. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TrafficOpenApiFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String LIMITED =
      "Too many requests from the client's address; Retry-After says when to retry.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(TrafficOpenApiFilter::document);
  }

  private static void document(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    APIResponse response = operation.getResponses().getAPIResponse("429");
    if (response == null) {
      operation
          .getResponses()
          .addAPIResponse("429", OASFactory.createAPIResponse().description(LIMITED));
      response = operation.getResponses().getAPIResponse("429");
    } else if (response.getDescription() == null) {
      response.description(LIMITED);
    } else if (!response.getDescription().contains(LIMITED)) {
      // An operation with a 429 of its own (a resend interval) can be rate limited as well.
      response.description(response.getDescription() + " Also: " + LIMITED);
    }
    if (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After")) {
      response.addHeader("Retry-After", retryAfter());
    }
    response.content(
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
  }

  private static Header retryAfter() {
    return OASFactory.createHeader()
        .description("Whole seconds to wait before the next attempt.")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.ONE)
                .maximum(java.math.BigDecimal.valueOf(86_400)));
  }
}
