package com.profileservice.legal.disclosure;

import com.profileservice.policy.LegalBasis;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is handed to the authority: for each target, exactly the approved fields. */
@Schema(description = "The records disclosed for an approved legal request.")
public record DisclosurePackage(
    long requestId,
    LegalBasis legalBasis,
    String issuingAuthority,
    String referenceNumber,
    @Schema(description = "When the package was first disclosed.") Instant disclosedAt,
    @Schema(description = "The approved fields; every target carries exactly these.")
        List<String> fields,
    List<DisclosedRecord> targets) {}
