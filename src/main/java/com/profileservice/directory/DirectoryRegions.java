package com.profileservice.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regions of the directory with how many are listed in each. */
@Schema(description = "Counts of listed profiles per country and per state.")
public record DirectoryRegions(
    @Schema(description = "Everyone listed.") long total, List<CountryListing> countries) {}
