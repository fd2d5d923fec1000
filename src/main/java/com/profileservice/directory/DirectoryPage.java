package com.profileservice.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the directory and the cursor for the next. */
@Schema(description = "A page of the directory, in region order.")
public record DirectoryPage(
    @Schema(description = "Entries ordered by country, state, city, then (unshown) zip and handle.")
        List<DirectoryEntry> items,
    @Schema(
            description =
                "Opaque cursor for the next page, to send back as cursor with the same filters;"
                    + " null on the last page.",
            nullable = true)
        String next) {}
