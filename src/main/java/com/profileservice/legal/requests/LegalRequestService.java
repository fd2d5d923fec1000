package com.profileservice.legal.requests;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.legal.audit.AuditAction;
import com.profileservice.legal.audit.AuditService;
import com.profileservice.legal.holds.PreservationHoldService;
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
 * Intake of legal requests, and reading them as they stand. Filing runs in one transaction with its
 * audit entry, so it is recorded exactly when it takes effect; the later stages (review,
 * disclosure) lock and show requests through here.
 */
@ApplicationScoped
public class LegalRequestService {

  private final LegalRequestRepository requests;
  private final LegalTargetRepository targets;
  private final PreservationHoldService holds;
  private final ProfileRecords profiles;
  private final LegalRequestValidator validator;
  private final AuditService audit;
  private final Clock clock;

  public LegalRequestService(
      LegalRequestRepository requests,
      LegalTargetRepository targets,
      PreservationHoldService holds,
      ProfileRecords profiles,
      LegalRequestValidator validator,
      AuditService audit,
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
   * The request under its row lock until the transaction ends, so concurrent actions on it take
   * turns; fails with 404 when no request has the id.
   */
  public Uni<LegalRequest> locked(long id) {
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

  /** The request as legal staff see it, read in the caller's session. */
  public Uni<LegalRequestView> view(LegalRequest request) {
    return targets
        .forRequest(request.id)
        .chain(
            named ->
                holds.holdOf(request.id).map(hold -> LegalRequestView.of(request, named, hold)));
  }

  /** The targets and holds of a whole page in one statement each, not one per request. */
  private Uni<List<LegalRequestView>> views(List<LegalRequest> found) {
    List<Long> ids = found.stream().map(r -> r.id).toList();
    return targets
        .forRequests(ids)
        .chain(
            allTargets ->
                holds
                    .holdsOf(ids)
                    .map(
                        holdsByRequest -> {
                          Map<Long, List<LegalTarget>> targetsByRequest =
                              allTargets.stream().collect(Collectors.groupingBy(t -> t.requestId));
                          return found.stream()
                              .map(
                                  r ->
                                      LegalRequestView.of(
                                          r,
                                          targetsByRequest.getOrDefault(r.id, List.of()),
                                          holdsByRequest.get(r.id)))
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

  /** Microseconds, as PostgreSQL keeps them, so what is returned equals what is read back. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
