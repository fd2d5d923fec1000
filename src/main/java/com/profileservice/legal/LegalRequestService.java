package com.profileservice.legal;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.legal.LegalProblems.AlreadyDecided;
import com.profileservice.legal.LegalProblems.FilerCannotDecide;
import com.profileservice.legal.LegalProblems.HoldAlreadyExtended;
import com.profileservice.legal.LegalProblems.HoldEnded;
import com.profileservice.legal.LegalProblems.LegalRequestNotFound;
import com.profileservice.legal.LegalProblems.NoHoldToExtend;
import com.profileservice.policy.LegalBasis;
import com.profileservice.profile.ProfileRecords;
import com.profileservice.profile.ProfileRecords.ProfileRecord;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Intake, review and preservation holds of legal requests. Every action runs in one transaction
 * with its audit entry, so an action is recorded exactly when it takes effect.
 */
@ApplicationScoped
public class LegalRequestService {

  private final LegalRequestRepository requests;
  private final LegalTargetRepository targets;
  private final PreservationHoldRepository holds;
  private final ProfileRecords profiles;
  private final LegalRequestValidator validator;
  private final AuditLog audit;
  private final Clock clock;

  public LegalRequestService(
      LegalRequestRepository requests,
      LegalTargetRepository targets,
      PreservationHoldRepository holds,
      ProfileRecords profiles,
      LegalRequestValidator validator,
      AuditLog audit,
      Clock clock) {
    this.requests = requests;
    this.targets = targets;
    this.holds = holds;
    this.profiles = profiles;
    this.validator = validator;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every value is checked before anything is stored; each target must be an existing profile. */
  @WithTransaction
  public Uni<LegalRequestView> file(String filer, LegalRequestInput input) {
    return Uni.createFrom()
        .item(() -> validator.validate(input))
        .chain(
            valid ->
                profiles
                    .findByHandles(valid.targetHandles())
                    .map(found -> resolve(valid.targetHandles(), found))
                    .chain(accounts -> store(filer, valid, accounts)));
  }

  @WithSession
  public Uni<LegalRequestView> get(long id) {
    return requests
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(LegalRequestNotFound::new)
        .chain(this::view);
  }

  /** {@code state} null lists every state. */
  @WithSession
  public Uni<Page<LegalRequestView>> list(String state, PageRequest page) {
    return Uni.createFrom()
        .item(() -> requests.newestFirst(validator.stateFilter(state), page))
        .chain(
            query ->
                query
                    .list()
                    .chain(this::views)
                    .chain(
                        items ->
                            query
                                .count()
                                .map(total -> new Page<>(items, page.page, page.size, total))));
  }

  /**
   * Four eyes: the reviewer must not be the filer. Decisions are final. Approving a PRESERVATION
   * request places a hold on each target at once.
   */
  @WithTransaction
  public Uni<LegalRequestView> decide(String reviewer, long id, DecisionInput decision) {
    return locked(id)
        .invoke(
            request -> {
              if (request.filedBy.equals(reviewer)) {
                throw new FilerCannotDecide();
              }
              if (request.state != LegalRequestState.RECEIVED) {
                throw new AlreadyDecided();
              }
            })
        .call(
            request -> {
              List<String> approved = validator.validate(decision, request);
              Instant now = now();
              request.decide(
                  reviewer, now, decision.approve(), decision.reason().strip(), approved);
              return placeHolds(request, now)
                  .call(() -> audit.append(AuditAction.DECIDED, id, reviewer, decided(request)));
            })
        .chain(this::view);
  }

  /** The one allowed extension adds another term to every hold of the request. */
  @WithTransaction
  public Uni<LegalRequestView> extendHold(String reviewer, long id) {
    Instant now = now();
    return locked(id)
        .invoke(
            request -> {
              if (request.legalBasis != LegalBasis.PRESERVATION
                  || request.state != LegalRequestState.APPROVED) {
                throw new NoHoldToExtend();
              }
            })
        .call(
            request ->
                holds
                    .forRequest(id)
                    .invoke(
                        held -> {
                          if (held.stream().anyMatch(PreservationHold::extended)) {
                            throw new HoldAlreadyExtended();
                          }
                          if (held.stream().noneMatch(h -> h.expiresAt.isAfter(now))) {
                            throw new HoldEnded();
                          }
                          held.forEach(h -> h.extend(reviewer, now));
                        })
                    .chain(
                        held ->
                            audit.append(
                                AuditAction.HOLD_EXTENDED,
                                id,
                                reviewer,
                                "expiresAt=" + held.get(0).expiresAt)))
        .chain(this::view);
  }

  private Uni<LegalRequest> locked(long id) {
    return requests.lock(id).onItem().ifNull().failWith(LegalRequestNotFound::new);
  }

  /** The accounts in the order the request named them; unknown handles are named in a 422. */
  private static List<ProfileRecord> resolve(List<String> handles, List<ProfileRecord> found) {
    Map<String, ProfileRecord> byHandle =
        found.stream()
            .collect(
                Collectors.toMap(p -> p.handle().toLowerCase(Locale.ROOT), Function.identity()));
    List<ProfileRecord> accounts = new ArrayList<>();
    List<FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < handles.size(); i++) {
      ProfileRecord account = byHandle.get(handles.get(i).toLowerCase(Locale.ROOT));
      if (account == null) {
        unknown.add(
            new FieldError("targetHandles[" + i + "]", "no profile has handle " + handles.get(i)));
      } else {
        accounts.add(account);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidRequest(unknown);
    }
    return accounts;
  }

  private Uni<LegalRequestView> store(
      String filer, ValidLegalRequest valid, List<ProfileRecord> accounts) {
    LegalRequest request = new LegalRequest();
    request.legalBasis = valid.legalBasis();
    request.issuingAuthority = valid.issuingAuthority();
    request.referenceNumber = valid.referenceNumber();
    request.issuedOn = valid.issuedOn();
    request.requestedFields = valid.requestedFields();
    request.nonDisclosureUntil = valid.nonDisclosureUntil();
    request.state = LegalRequestState.RECEIVED;
    request.filedBy = filer;
    request.filedAt = now();
    return requests
        .persistAndFlush(request)
        .chain(
            () ->
                targets.persist(
                    accounts.stream()
                        .map(a -> LegalTarget.of(request.id, a.handle(), a.subject()))
                        .toList()))
        .chain(() -> audit.append(AuditAction.FILED, request.id, filer, filed(request, accounts)))
        .chain(() -> view(request));
  }

  private Uni<Void> placeHolds(LegalRequest request, Instant now) {
    if (request.legalBasis != LegalBasis.PRESERVATION
        || request.state != LegalRequestState.APPROVED) {
      return Uni.createFrom().voidItem();
    }
    return targets
        .forRequest(request.id)
        .chain(
            named ->
                holds.persist(
                    named.stream()
                        .map(t -> PreservationHold.place(request.id, t.subject, now))
                        .toList()));
  }

  private Uni<LegalRequestView> view(LegalRequest request) {
    return targets
        .forRequest(request.id)
        .chain(
            named ->
                holds
                    .forRequest(request.id)
                    .map(held -> LegalRequestView.of(request, named, held)));
  }

  /** The targets and holds of a whole page in one statement each, not one per request. */
  private Uni<List<LegalRequestView>> views(List<LegalRequest> found) {
    List<Long> ids = found.stream().map(r -> r.id).toList();
    return targets
        .forRequests(ids)
        .chain(
            allTargets ->
                holds
                    .forRequests(ids)
                    .map(
                        allHolds -> {
                          Map<Long, List<LegalTarget>> targetsByRequest =
                              allTargets.stream().collect(Collectors.groupingBy(t -> t.requestId));
                          Map<Long, List<PreservationHold>> holdsByRequest =
                              allHolds.stream().collect(Collectors.groupingBy(h -> h.requestId));
                          return found.stream()
                              .map(
                                  r ->
                                      LegalRequestView.of(
                                          r,
                                          targetsByRequest.getOrDefault(r.id, List.of()),
                                          holdsByRequest.getOrDefault(r.id, List.of())))
                              .toList();
                        }));
  }

  /** Audit details name kinds and counts, never handles or values. */
  private static String filed(LegalRequest request, List<ProfileRecord> accounts) {
    return "legalBasis="
        + request.legalBasis
        + "; targets="
        + accounts.size()
        + "; requestedFields="
        + String.join(",", request.requestedFields);
  }

  private static String decided(LegalRequest request) {
    return request.state == LegalRequestState.REJECTED
        ? "outcome=REJECTED"
        : "outcome=APPROVED; approvedFields=" + String.join(",", request.approvedFields);
  }

  /** Microseconds, as PostgreSQL keeps them, so what is returned equals what is read back. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
