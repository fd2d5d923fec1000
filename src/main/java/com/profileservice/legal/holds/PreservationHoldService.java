package com.profileservice.legal.holds;

import com.profileservice.legal.holds.HoldProblems.HoldAlreadyExtended;
import com.profileservice.legal.holds.HoldProblems.HoldEnded;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Preservation holds: placed on approval, extended once, and asked whether an account's data is
 * frozen. Features that erase or purge data ask here first (through their own hold interfaces): a
 * held account keeps a frozen copy until every hold on it has ended.
 */
@ApplicationScoped
public class PreservationHoldService {

  /** How long a hold lasts from approval; one extension adds the same again. */
  static final Duration TERM = Duration.ofDays(90);

  private final PreservationHoldRepository holds;
  private final Clock clock;

  /** Where a request's hold stands: when it was placed, until when it lasts, whether extended. */
  public record HoldTerm(Instant placedAt, Instant expiresAt, boolean extended) {}

  public PreservationHoldService(PreservationHoldRepository holds, Clock clock) {
    this.holds = holds;
    this.clock = clock;
  }

  /** True while any hold on the account is active: now is before its expiry. */
  @WithSession
  public Uni<Boolean> isHeld(String subject) {
    return holds.isHeld(subject, Instant.now(clock));
  }

  /** Every account under an active hold now. */
  @WithSession
  public Uni<List<String>> heldSubjects() {
    return holds.heldSubjects(Instant.now(clock));
  }

  /** One hold per subject, from {@code now} for one term; in the caller's transaction. */
  public Uni<Void> place(long requestId, List<String> subjects, Instant now) {
    return holds.persist(
        subjects.stream().map(subject -> PreservationHold.place(requestId, subject, now)).toList());
  }

  /**
   * The one allowed extension adds another term to every hold of the request, in the caller's
   * transaction. Returns the new expiry.
   */
  public Uni<Instant> extend(long requestId, String reviewer, Instant now) {
    return holds
        .forRequest(requestId)
        .map(
            held -> {
              if (held.stream().anyMatch(PreservationHold::extended)) {
                throw new HoldAlreadyExtended();
              }
              if (held.stream().noneMatch(h -> h.expiresAt.isAfter(now))) {
                throw new HoldEnded();
              }
              held.forEach(h -> h.extend(reviewer, now));
              return held.get(0).expiresAt;
            });
  }

  /** The hold of one request; null when it has none. */
  public Uni<HoldTerm> holdOf(long requestId) {
    return holds.forRequest(requestId).map(PreservationHoldService::view);
  }

  /** The holds of many requests in one statement, by request; requests without one are absent. */
  public Uni<Map<Long, HoldTerm>> holdsOf(Collection<Long> requestIds) {
    return holds
        .forRequests(requestIds)
        .map(
            all ->
                all.stream().collect(Collectors.groupingBy(h -> h.requestId)).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> view(entry.getValue()))));
  }

  /** Every hold of a request is placed and extended together, so the first speaks for all. */
  private static HoldTerm view(List<PreservationHold> held) {
    if (held.isEmpty()) {
      return null;
    }
    PreservationHold first = held.get(0);
    return new HoldTerm(first.placedAt, first.expiresAt, first.extended());
  }
}
