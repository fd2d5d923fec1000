package com.profileservice.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every error response looks like: an RFC 9457 problem, with an example that shows
 * that very status. Secured operations also get their 401 and 403 answers and every operation the
 * 503 a database outage gives, so no operation's error list is incomplete.
 *
 * <p>It runs after the filters that add responses of their own (the rate limiter's 429), so their
 * answers get an example too.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ProblemOpenApiFilter.PRIORITY)
public class ProblemOpenApiFilter implements OASFilter {

  /** Lower than the default, so this filter sees the responses other filters add. */
  static final int PRIORITY = -100;

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String UNAVAILABLE =
      "The database cannot serve the request now, or the instance is shutting down; retry after"
          + " Retry-After.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> document(path, method, operation)));
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return;
    }
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      addIfMissing(responses, "401", "No bearer token, or an invalid or expired one.");
      addIfMissing(responses, "403", "The token lacks the role this operation needs.");
    }
    addIfMissing(responses, "503", UNAVAILABLE);
    APIResponse unavailable = responses.getAPIResponse("503");
    if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
      unavailable.addHeader("Retry-After", retryAfter());
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
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                .example(example(Integer.parseInt(code), response, path))));
              }
            });
  }

  /** A problem as the service sends it for this status, so Swagger UI shows the right one. */
  private static Map<String, Object> example(int status, APIResponse response, String path) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", ProblemTitles.of(status));
    problem.put("status", status);
    problem.put(
        "detail",
        response.getDescription() == null
            ? ProblemResponses.defaultDetail(status)
            : response.getDescription());
    problem.put("instance", path);
    if (status == 422) {
      problem.put(
          "errors",
          List.of(Map.of("field", "location.country", "message", "must be an ISO 3166-1 code")));
    }
    return problem;
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

  private static void addIfMissing(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      APIResponse response = OASFactory.createAPIResponse().description(description);
      responses.addAPIResponse(code, response);
    }
  }
}
