package com.profileservice.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failing field of a request, named as in the API; never echoes the rejected value. */
@Schema(description = "A field that failed validation.")
public record FieldError(
    @Schema(description = "The field, dotted for nested ones.", example = "location.country")
        String field,
    @Schema(description = "What is wrong with it.", example = "must be an ISO 3166-1 alpha-2 code")
        String message) {}
