package com.profileservice.legal;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Queries over the accounts legal requests name. */
@ApplicationScoped
public class LegalTargetRepository implements PanacheRepository<LegalTarget> {

  /** In the order the request named them. */
  public Uni<List<LegalTarget>> forRequest(long requestId) {
    return list("requestId", Sort.by("id"), requestId);
  }

  public Uni<List<LegalTarget>> forRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("requestId in ?1", Sort.by("id"), List.copyOf(requestIds));
  }
}
