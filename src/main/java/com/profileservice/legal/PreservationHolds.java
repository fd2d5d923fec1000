package com.profileservice.legal;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether an account's data is frozen by a preservation hold. Features that erase or purge data ask
 * here first: a held account keeps a frozen copy until every hold on it has ended.
 */
@ApplicationScoped
public class PreservationHolds {

  /** How long a hold lasts from approval; one extension adds the same again. */
  public static final Duration TERM = Duration.ofDays(90);

  private final PreservationHoldRepository holds;
  private final Clock clock;

  public PreservationHolds(PreservationHoldRepository holds, Clock clock) {
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
}
