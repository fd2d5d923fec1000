package com.profileservice.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every error response looks like: an RFC 9457 problem. Secured operations also get
 * their 401 and 403 answers, so no operation's error list is incomplete.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(ProblemOpenApiFilter::document);
  }

  private static void document(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return;
    }
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      addIfMissing(responses, "401", "No bearer token, or an invalid or expired one.");
      addIfMissing(responses, "403", "The token lacks the role this operation needs.");
    }
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
              }
            });
  }

  private static void addIfMissing(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      APIResponse response = OASFactory.createAPIResponse().description(description);
      responses.addAPIResponse(code, response);
    }
  }
}
