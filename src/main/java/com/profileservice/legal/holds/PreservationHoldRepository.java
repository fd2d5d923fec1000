package com.profileservice.legal.holds;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Queries over preservation holds. */
@ApplicationScoped
public class PreservationHoldRepository implements PanacheRepository<PreservationHold> {

  /** One SQL statement, served by the index on (subject, expires_at). */
  public Uni<Boolean> isHeld(String subject, Instant now) {
    return count("subject = ?1 and expiresAt > ?2", subject, now).map(n -> n > 0);
  }

  /** Every account under an active hold. */
  public Uni<List<String>> heldSubjects(Instant now) {
    return find("select distinct h.subject from PreservationHold h where h.expiresAt > ?1", now)
        .project(String.class)
        .list();
  }

  public Uni<List<PreservationHold>> forRequest(long requestId) {
    return list("requestId", Sort.by("id"), requestId);
  }

  public Uni<List<PreservationHold>> forRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("requestId in ?1", Sort.by("id"), List.copyOf(requestIds));
  }
}
