package com.profileservice.legal.disclosure;

import com.profileservice.policy.LegalBasis;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an account owner is told about a disclosure of their data, once they may be told. */
@Schema(description = "A disclosure of the caller's data under legal process.")
public record DisclosureNotice(
    Instant disclosedAt,
    LegalBasis legalBasis,
    String issuingAuthority,
    @Schema(description = "The names of the fields disclosed.") List<String> fields) {}
