package com.profileservice.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many profiles the demographics count, unless that is itself below k. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "The number of profiles counted; null and suppressed when below k.")
public record TotalCell(
    @Schema(nullable = true, example = "1234") Long count, boolean suppressed) {}
