package com.profileservice.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One consent the owner may give or withdraw, and what it allows. */
@Schema(description = "A consent the owner may grant or withdraw.")
public record ConsentPolicy(
    @Schema(example = "news") String name,
    @Schema(description = "What granting it allows.") String meaning,
    @Schema(description = "Whether it is granted before the owner says anything.")
        boolean defaultGranted) {}
