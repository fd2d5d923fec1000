package com.profileservice.ledger;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as its owner reads it. */
@Schema(name = "LedgerEntry", description = "One recorded consent or visibility change.")
public record LedgerEntryView(
    long id,
    @Schema(description = "CONSENT or VISIBILITY.") String kind,
    @Schema(description = "The consent or field name.", example = "news") String item,
    @Schema(example = "false") String oldValue,
    @Schema(example = "true") String newValue,
    @Schema(description = "The policy version in force.") String policyVersion,
    @Schema(description = "Subject of whoever made the change.") String actor,
    @Schema(description = "Where the change came from.", example = "api") String channel,
    Instant recordedAt) {

  static LedgerEntryView of(LedgerEntry e) {
    return new LedgerEntryView(
        e.id,
        e.kind.name(),
        e.item,
        e.oldValue,
        e.newValue,
        e.policyVersion,
        e.actor,
        e.channel,
        e.recordedAt);
  }
}
