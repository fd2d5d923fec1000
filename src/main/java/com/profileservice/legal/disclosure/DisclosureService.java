package com.profileservice.legal.disclosure;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.legal.audit.AuditAction;
import com.profileservice.legal.audit.AuditService;
import com.profileservice.legal.disclosure.DisclosureProblems.NotApproved;
import com.profileservice.legal.disclosure.DisclosureProblems.NothingToDisclose;
import com.profileservice.legal.requests.LegalRequest;
import com.profileservice.legal.requests.LegalRequestRepository;
import com.profileservice.legal.requests.LegalRequestService;
import com.profileservice.legal.requests.LegalTarget;
import com.profileservice.legal.requests.LegalTargetRepository;
import com.profileservice.policy.DisclosableRecords;
import com.profileservice.profile.ProfileRecords;
import com.profileservice.profile.ProfileRecords.ProfileRecord;
import com.profileservice.selfservice.FrozenProfiles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Disclosure of approved requests, and the owner's notice of them. A package holds exactly the
 * approved fields of each target; it is stored once, and every later call returns it unchanged.
 */
@ApplicationScoped
public class DisclosureService {

  private final LegalRequestService requests;
  private final LegalRequestRepository stored;
  private final LegalTargetRepository targets;
  private final DisclosureRepository disclosures;
  private final ProfileRecords profiles;
  private final CommentIpRecords commentIps;
  private final FrozenProfiles frozen;
  private final AuditService audit;
  private final Clock clock;

  public DisclosureService(
      LegalRequestService requests,
      LegalRequestRepository stored,
      LegalTargetRepository targets,
      DisclosureRepository disclosures,
      ProfileRecords profiles,
      CommentIpRecords commentIps,
      FrozenProfiles frozen,
      AuditService audit,
      Clock clock) {
    this.requests = requests;
    this.stored = stored;
    this.targets = targets;
    this.disclosures = disclosures;
    this.profiles = profiles;
    this.commentIps = commentIps;
    this.frozen = frozen;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The first call on an APPROVED request builds and stores the package (DISCLOSED); any later call
   * returns the stored one (ACCESSED). Anything else discloses nothing.
   */
  @WithTransaction
  public Uni<DisclosurePackage> disclose(String reviewer, long id) {
    return requests
        .locked(id)
        .chain(
            request -> {
              if (!request.legalBasis().disclosesAnything()) {
                return Uni.createFrom().failure(new NothingToDisclose());
              }
              return switch (request.state()) {
                case APPROVED -> firstDisclosure(reviewer, request);
                case FULFILLED -> laterAccess(reviewer, request);
                case RECEIVED, REJECTED -> Uni.createFrom().failure(new NotApproved());
              };
            });
  }

  /**
   * The caller's fulfilled requests whose non-disclosure period is over; before that, nothing
   * shows, not even that a request exists.
   */
  @WithSession
  public Uni<Page<DisclosureNotice>> noticesFor(String subject, PageRequest page) {
    var query = stored.noticesFor(subject, Instant.now(clock), page);
    return query
        .list()
        .map(found -> found.stream().map(DisclosureService::notice).toList())
        .chain(items -> query.count().map(total -> new Page<>(items, page.page, page.size, total)));
  }

  private Uni<DisclosurePackage> firstDisclosure(String reviewer, LegalRequest request) {
    return targets
        .forRequest(request.id())
        .chain(named -> records(request, named))
        .chain(records -> disclosures.persist(Disclosure.of(request.id(), records)))
        .invoke(() -> request.fulfil(reviewer, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
        .call(
            disclosure ->
                audit.append(AuditAction.DISCLOSED, request.id(), reviewer, disclosed(request)))
        .map(disclosure -> packageOf(request, disclosure));
  }

  private Uni<DisclosurePackage> laterAccess(String reviewer, LegalRequest request) {
    return disclosures
        .findById(request.id())
        .call(() -> audit.append(AuditAction.ACCESSED, request.id(), reviewer, disclosed(request)))
        .map(disclosure -> packageOf(request, disclosure));
  }

  /** Each target's approved fields, and only those; a field the account leaves empty is null. */
  private Uni<List<DisclosedRecord>> records(LegalRequest request, List<LegalTarget> named) {
    List<String> subjects = named.stream().map(LegalTarget::subject).toList();
    boolean withCommentIps = request.approvedFields().contains(DisclosableRecords.COMMENT_IPS);
    Uni<Map<String, List<Object>>> ips =
        withCommentIps ? commentIps.loggedFor(subjects) : Uni.createFrom().item(Map.of());
    return profiles
        .findBySubjects(subjects)
        .chain(live -> withFrozen(subjects, live))
        .chain(
            found ->
                ips.map(
                    logged -> {
                      Map<String, ProfileRecord> bySubject =
                          found.stream()
                              .collect(
                                  Collectors.toMap(ProfileRecord::subject, Function.identity()));
                      return named.stream()
                          .map(
                              t ->
                                  new DisclosedRecord(
                                      t.handle(),
                                      approvedValues(
                                          request.approvedFields(),
                                          bySubject.get(t.subject()),
                                          logged.getOrDefault(t.subject(), List.of()))))
                          .toList();
                    }));
  }

  /**
   * Adds the records of targets erased while a hold covered them, read from their frozen copies, so
   * that erasure never defeats a valid legal process.
   */
  @SuppressWarnings("unchecked")
  private Uni<List<ProfileRecord>> withFrozen(List<String> subjects, List<ProfileRecord> live) {
    List<String> erased =
        subjects.stream().filter(s -> live.stream().noneMatch(r -> r.subject().equals(s))).toList();
    if (erased.isEmpty()) {
      return Uni.createFrom().item(live);
    }
    return frozen
        .documents(erased)
        .map(
            documents -> {
              List<ProfileRecord> all = new ArrayList<>(live);
              documents.forEach(
                  (subject, document) -> {
                    if (document.get("profile") instanceof Map<?, ?> owner) {
                      all.add(ProfileRecords.fromOwnerView(subject, (Map<String, Object>) owner));
                    }
                  });
              return all;
            });
  }

  private static Map<String, Object> approvedValues(
      List<String> approved, ProfileRecord account, List<Object> loggedIps) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : approved) {
      Object value;
      if (name.equals(DisclosableRecords.COMMENT_IPS)) {
        value = loggedIps;
      } else if (account == null) {
        value = null;
      } else if (name.equals(DisclosableRecords.CREATED_AT)) {
        value = account.createdAt().toString();
      } else {
        value = account.values().get(name);
      }
      values.put(name, value);
    }
    return values;
  }

  /**
   * Built the same way from what is stored, whether just written or read back, so both calls return
   * the same package (the database does not keep the order of JSON keys).
   */
  private static DisclosurePackage packageOf(LegalRequest request, Disclosure disclosure) {
    List<DisclosedRecord> ordered =
        disclosure.records().stream()
            .map(
                r -> {
                  Map<String, Object> fields = new LinkedHashMap<>();
                  request.approvedFields().forEach(name -> fields.put(name, r.fields().get(name)));
                  return new DisclosedRecord(r.target(), fields);
                })
            .toList();
    return new DisclosurePackage(
        request.id(),
        request.legalBasis(),
        request.issuingAuthority(),
        request.referenceNumber(),
        request.fulfilledAt(),
        request.approvedFields(),
        ordered);
  }

  private static DisclosureNotice notice(LegalRequest request) {
    return new DisclosureNotice(
        request.fulfilledAt(),
        request.legalBasis(),
        request.issuingAuthority(),
        request.approvedFields());
  }

  /** Names and counts only: the audit log never holds a disclosed value. */
  private static String disclosed(LegalRequest request) {
    return "fields=" + String.join(",", request.approvedFields());
  }
}
