package com.profileservice.legal.review;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a legal request; final once made. */
@Schema(description = "A reviewer's decision on a legal request.")
public record DecisionInput(
    @Schema(required = true) Boolean approve,
    @Schema(required = true, maxLength = 2000, description = "Why; kept with the request.")
        String reason,
    @Schema(
            description =
                "When approving: the fields to disclose, a subset of requestedFields within the"
                    + " basis's reach (empty for PRESERVATION). Absent when rejecting.",
            example = "[\"handle\", \"email\"]")
        List<String> approvedFields) {}
