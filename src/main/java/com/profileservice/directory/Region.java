package com.profileservice.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a listed owner chose to be listed: country, state and city as entered, never the zip. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The owner's region as entered; state and city are absent when not given.")
public record Region(
    @Schema(description = "ISO 3166-1 alpha-2 code.", example = "NL") String country,
    @Schema(example = "Utrecht") String state,
    @Schema(example = "Amersfoort") String city) {}
