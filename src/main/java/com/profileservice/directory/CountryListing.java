package com.profileservice.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many are listed in one country, and in each of its states. */
@Schema(
    description =
        "Listed profiles in a country. Its count includes those who gave no state, whom no"
            + " state lists.")
public record CountryListing(
    @Schema(example = "NL") String country, long count, List<StateListing> states) {}
