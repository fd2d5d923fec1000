package com.profileservice.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The count of one age band, or the fact that it is suppressed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Profiles in an age band; count is null when suppressed.")
public record AgeBandCell(
    @Schema(enumeration = {"13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown"})
        String band,
    @Schema(nullable = true) Long count,
    boolean suppressed) {}
