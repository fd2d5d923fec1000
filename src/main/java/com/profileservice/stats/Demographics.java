package com.profileservice.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of active profiles by age band, gender and country, with small cells suppressed. */
@Schema(
    description =
        "Aggregates only. Each dimension lists every cell in a fixed order whatever the data;"
            + " its cells add up to the total. A suppressed cell has count null.")
public record Demographics(
    @Schema(description = "The UTC date ages are computed on.") LocalDate asOf,
    @Schema(description = "Counts below this are suppressed.", example = "10") int k,
    TotalCell total,
    @Schema(description = "13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+, unknown.")
        List<AgeBandCell> ageBands,
    @Schema(description = "MALE, FEMALE, UNSPECIFIED.") List<GenderCell> genders,
    @Schema(description = "Every ISO 3166-1 alpha-2 code in alphabetical order, then unknown.")
        List<CountryCell> countries) {}
