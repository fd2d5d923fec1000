package com.profileservice.consent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One consent as it stands now. */
@Schema(description = "A consent and whether it is granted now.")
public record ConsentState(
    @Schema(example = "news") String name,
    @Schema(description = "What granting it allows.") String meaning,
    boolean granted) {}
