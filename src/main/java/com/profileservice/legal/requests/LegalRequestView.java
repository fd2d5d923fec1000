package com.profileservice.legal.requests;

import com.profileservice.legal.holds.PreservationHoldService.HoldTerm;
import com.profileservice.policy.LegalBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal request as legal staff see it: what was asked, and where it stands. */
@Schema(description = "A legal request and where it stands.")
public record LegalRequestView(
    long id,
    LegalBasis legalBasis,
    String issuingAuthority,
    String referenceNumber,
    LocalDate issuedOn,
    @Schema(description = "The target accounts' handles, in the order the request named them.")
        List<String> targetHandles,
    List<String> requestedFields,
    @Schema(nullable = true) Instant nonDisclosureUntil,
    LegalRequestState state,
    @Schema(description = "Subject of the legal-intake member who filed it.") String filedBy,
    Instant filedAt,
    @Schema(description = "Null until a reviewer decides.", nullable = true) Decision decision,
    @Schema(description = "Null until the request is disclosed.", nullable = true)
        Fulfilment fulfilment,
    @Schema(description = "For an approved PRESERVATION request: its hold.", nullable = true)
        Hold hold) {

  /** A reviewer's final decision. */
  @Schema(name = "LegalDecision")
  public record Decision(
      boolean approved,
      String reason,
      @Schema(description = "What may be disclosed; empty when rejected.")
          List<String> approvedFields,
      String decidedBy,
      Instant decidedAt) {}

  /** Who disclosed the approved records, and when. */
  @Schema(name = "LegalFulfilment")
  public record Fulfilment(String fulfilledBy, Instant fulfilledAt) {}

  /** The freeze on the targets' data. */
  @Schema(name = "PreservationHoldView")
  public record Hold(
      Instant placedAt,
      @Schema(description = "The data stays frozen while now is before this.") Instant expiresAt,
      @Schema(description = "True once the single allowed extension was used.") boolean extended) {}

  /** {@code term} is null for a request without a hold. */
  static LegalRequestView of(LegalRequest r, List<LegalTarget> targets, HoldTerm term) {
    Decision decision =
        r.decidedAt == null
            ? null
            : new Decision(
                r.state != LegalRequestState.REJECTED,
                r.decisionReason,
                r.approvedFields == null ? List.of() : r.approvedFields,
                r.decidedBy,
                r.decidedAt);
    Fulfilment fulfilment =
        r.fulfilledAt == null ? null : new Fulfilment(r.fulfilledBy, r.fulfilledAt);
    Hold hold = term == null ? null : new Hold(term.placedAt(), term.expiresAt(), term.extended());
    return new LegalRequestView(
        r.id,
        r.legalBasis,
        r.issuingAuthority,
        r.referenceNumber,
        r.issuedOn,
        targets.stream().map(t -> t.handle).toList(),
        r.requestedFields,
        r.nonDisclosureUntil,
        r.state,
        r.filedBy,
        r.filedAt,
        decision,
        fulfilment,
        hold);
  }
}
