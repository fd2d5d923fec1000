package com.profileservice.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many are listed in one state of a country. */
@Schema(description = "Listed profiles in a state; states differing only in case are one.")
public record StateListing(@Schema(example = "Utrecht") String state, long count) {}
