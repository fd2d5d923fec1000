package com.profileservice.verification;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over verification tokens. */
@ApplicationScoped
public class EmailVerificationRepository implements PanacheRepository<EmailVerification> {

  public Uni<EmailVerification> findByHash(String tokenHash) {
    return find("tokenHash", tokenHash).firstResult();
  }

  public Uni<EmailVerification> latestFor(long profileId) {
    return find("profileId", Sort.descending("createdAt"), profileId).firstResult();
  }

  /** A newer token replaces the older ones, so only the latest message works. */
  public Uni<Long> discardUnused(long profileId) {
    return delete("profileId = ?1 and usedAt is null", profileId);
  }
}
