package com.profileservice.legal.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of recomputing the audit log's hash chain. */
@Schema(description = "Whether the audit log's hash chain is intact, and where it breaks if not.")
public record AuditVerification(
    @Schema(description = "True when every entry is present, unaltered and in one line.")
        boolean valid,
    @Schema(description = "How many entries were checked.") long entries,
    @Schema(
            description =
                "Sequence number of the first entry that is missing, altered or chained onto the"
                    + " wrong predecessor; null when the chain is valid.",
            nullable = true)
        Long firstBrokenEntry) {}
