package com.profileservice.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The count of one country, or the fact that it is suppressed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Profiles in a country; count is null when suppressed.")
public record CountryCell(
    @Schema(description = "ISO 3166-1 alpha-2 code, or unknown for profiles without a country.")
        String country,
    @Schema(nullable = true) Long count,
    boolean suppressed) {}
