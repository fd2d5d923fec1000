package com.profileservice.legal.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry as legal staff read it: who did what to which request, and its chain links. */
@Schema(name = "LegalAuditEntry", description = "One hash-chained entry of the legal audit log.")
public record AuditEntryView(
    @Schema(description = "Position in the chain, from 1 without gaps.") long seq,
    Instant at,
    @Schema(description = "Subject of whoever acted.") String actor,
    AuditAction action,
    long requestId,
    @Schema(description = "Kinds, counts and field names; never a disclosed value.") String detail,
    @Schema(description = "SHA-256 of the previous entry, 64 zeros for the first.")
        String previousHash,
    @Schema(description = "SHA-256 of this entry; see the README for its exact input.")
        String hash) {

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.seq, e.at, e.actor, e.action, e.requestId, e.detail, e.previousHash, e.hash);
  }
}
