package com.profileservice.legal.disclosure;

import com.profileservice.legal.requests.LegalTargetRepository;
import com.profileservice.selfservice.ErasureHold;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Erasure keeps the data of an account named in an approved request that has not been disclosed
 * yet, so that erasing cannot defeat a valid legal process. Asked after the preservation hold.
 */
@ApplicationScoped
@Priority(10)
public class PendingDisclosureErasureHold implements ErasureHold {

  private final LegalTargetRepository targets;

  public PendingDisclosureErasureHold(LegalTargetRepository targets) {
    this.targets = targets;
  }

  @Override
  public Uni<Optional<String>> reasonToKeep(String subject) {
    return targets
        .awaitsDisclosure(subject)
        .map(
            waiting ->
                waiting
                    ? Optional.of("approved legal request awaiting disclosure")
                    : Optional.<String>empty());
  }
}
