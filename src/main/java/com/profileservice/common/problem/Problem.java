package com.profileservice.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
    @Schema(description = "URI identifying the kind of problem.", example = "about:blank")
        String type,
    @Schema(description = "Short summary of the kind of problem.", example = "Not Found")
        String title,
    @Schema(description = "HTTP status code.", example = "404") int status,
    @Schema(description = "What went wrong this time.") String detail,
    @Schema(description = "The request path.", example = "/profiles/alice") String instance,
    @Schema(description = "For validation problems: each failing field.") List<FieldError> errors,
    @Schema(
            description = "For refusals a caller acts on: why, as a fixed word.",
            example = "consent_missing")
        String reason) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
