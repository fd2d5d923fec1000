package com.profileservice.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One owner listed in the directory. */
@Schema(description = "A listed profile: handle, name and region, nothing else.")
public record DirectoryEntry(
    @Schema(example = "alice") String handle,
    @Schema(example = "Alice") String name,
    Region region) {}
