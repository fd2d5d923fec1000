package com.profileservice.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The count of one gender, or the fact that it is suppressed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Profiles of a gender; count is null when suppressed.")
public record GenderCell(
    @Schema(enumeration = {"MALE", "FEMALE", "UNSPECIFIED"}) String gender,
    @Schema(nullable = true) Long count,
    boolean suppressed) {}
