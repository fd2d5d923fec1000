package com.profileservice.legal.requests;

import com.profileservice.policy.LegalBasis;
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

  /** Whether an approved request that will disclose something still waits to be fulfilled. */
  public Uni<Boolean> awaitsDisclosure(String subject) {
    return count(
            "subject = ?1 and requestId in (select r.id from LegalRequest r"
                + " where r.state = ?2 and r.legalBasis <> ?3)",
            subject,
            LegalRequestState.APPROVED,
            LegalBasis.PRESERVATION)
        .map(n -> n > 0);
  }

  public Uni<List<LegalTarget>> forRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("requestId in ?1", Sort.by("id"), List.copyOf(requestIds));
  }
}
