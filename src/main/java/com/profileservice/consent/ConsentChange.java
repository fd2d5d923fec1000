package com.profileservice.consent;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner's decision on one consent. */
@Schema(description = "Grant (true) or withdraw (false) a consent.")
public record ConsentChange(@NotNull Boolean granted) {}
