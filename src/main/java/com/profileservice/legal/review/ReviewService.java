package com.profileservice.legal.review;

import com.profileservice.legal.audit.AuditAction;
import com.profileservice.legal.audit.AuditService;
import com.profileservice.legal.holds.PreservationHoldService;
import com.profileservice.legal.requests.LegalRequest;
import com.profileservice.legal.requests.LegalRequestService;
import com.profileservice.legal.requests.LegalRequestState;
import com.profileservice.legal.requests.LegalRequestView;
import com.profileservice.legal.requests.LegalTarget;
import com.profileservice.legal.requests.LegalTargetRepository;
import com.profileservice.legal.review.ReviewProblems.AlreadyDecided;
import com.profileservice.legal.review.ReviewProblems.FilerCannotDecide;
import com.profileservice.legal.review.ReviewProblems.NoHoldToExtend;
import com.profileservice.policy.LegalBasis;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A reviewer's decisions on legal requests: approving or rejecting one, and extending a
 * preservation hold. Every decision runs in one transaction with its audit entry, so it is recorded
 * exactly when it takes effect.
 */
@ApplicationScoped
public class ReviewService {

  private final LegalRequestService requests;
  private final LegalTargetRepository targets;
  private final PreservationHoldService holds;
  private final AuditService audit;
  private final Clock clock;

  public ReviewService(
      LegalRequestService requests,
      LegalTargetRepository targets,
      PreservationHoldService holds,
      AuditService audit,
      Clock clock) {
    this.requests = requests;
    this.targets = targets;
    this.holds = holds;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Four eyes: the reviewer must not be the filer. Decisions are final. Approving a PRESERVATION
   * request places a hold on each target at once.
   */
  @WithTransaction
  public Uni<LegalRequestView> decide(String reviewer, long id, DecisionInput decision) {
    return requests
        .locked(id)
        .invoke(
            request -> {
              if (request.filedBy().equals(reviewer)) {
                throw new FilerCannotDecide();
              }
              if (request.state() != LegalRequestState.RECEIVED) {
                throw new AlreadyDecided();
              }
            })
        .call(
            request -> {
              List<String> approved = DecisionValidator.validate(decision, request);
              Instant now = now();
              request.decide(
                  reviewer, now, decision.approve(), decision.reason().strip(), approved);
              return placeHolds(request, now)
                  .call(() -> audit.append(AuditAction.DECIDED, id, reviewer, decided(request)));
            })
        .chain(requests::view);
  }

  /** The one allowed extension adds another term to every hold of the request. */
  @WithTransaction
  public Uni<LegalRequestView> extendHold(String reviewer, long id) {
    Instant now = now();
    return requests
        .locked(id)
        .invoke(
            request -> {
              if (request.legalBasis() != LegalBasis.PRESERVATION
                  || request.state() != LegalRequestState.APPROVED) {
                throw new NoHoldToExtend();
              }
            })
        .call(
            request ->
                holds
                    .extend(id, reviewer, now)
                    .chain(
                        expiresAt ->
                            audit.append(
                                AuditAction.HOLD_EXTENDED, id, reviewer, "expiresAt=" + expiresAt)))
        .chain(requests::view);
  }

  private Uni<Void> placeHolds(LegalRequest request, Instant now) {
    if (request.legalBasis() != LegalBasis.PRESERVATION
        || request.state() != LegalRequestState.APPROVED) {
      return Uni.createFrom().voidItem();
    }
    return targets
        .forRequest(request.id())
        .chain(
            named ->
                holds.place(request.id(), named.stream().map(LegalTarget::subject).toList(), now));
  }

  /** Audit details name kinds and counts, never handles or values. */
  private static String decided(LegalRequest request) {
    return request.state() == LegalRequestState.REJECTED
        ? "outcome=REJECTED"
        : "outcome=APPROVED; approvedFields=" + String.join(",", request.approvedFields());
  }

  /** Microseconds, as PostgreSQL keeps them, so what is returned equals what is read back. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
