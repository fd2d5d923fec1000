package com.profileservice.legal.requests;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A legal request as legal intake files it. Values arrive as text and are checked by {@link
 * LegalRequestValidator}, so every bad value is reported as a named field.
 */
@Schema(description = "A legal request as filed by legal intake.")
public record LegalRequestInput(
    @Schema(
            required = true,
            enumeration = {"SEARCH_WARRANT", "PRESERVATION", "SUBPOENA", "COURT_ORDER", "STATUTE"})
        String legalBasis,
    @Schema(required = true, maxLength = 200, example = "District Court of Example County")
        String issuingAuthority,
    @Schema(required = true, maxLength = 100, example = "2026-CV-00123") String referenceNumber,
    @Schema(
            required = true,
            format = "date",
            maxLength = 10,
            description = "Not in the future.",
            example = "2026-11-02")
        String issuedOn,
    @Schema(
            required = true,
            description = "1 to 100 handles of existing profiles; letter case is ignored.",
            minItems = 1,
            maxItems = LegalRequestValidator.MAX_TARGETS,
            example = "[\"alice\"]")
        List<String> targetHandles,
    @Schema(
            description =
                "Names from legalReach in GET /policy. Required, except for PRESERVATION, which"
                    + " discloses nothing.",
            example = "[\"handle\", \"email\", \"createdAt\"]")
        List<String> requestedFields,
    @Schema(
            format = "date-time",
            maxLength = 35,
            description =
                "Until then the account owners are not told of the disclosure; absent means they"
                    + " are told as soon as it happens.",
            example = "2027-06-30T00:00:00Z")
        String nonDisclosureUntil) {}
