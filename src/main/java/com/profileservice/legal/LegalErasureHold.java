package com.profileservice.legal;

import com.profileservice.selfservice.ErasureHold;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What legal process requires erasure to keep: the data of an account under a preservation hold, or
 * named in an approved request that has not been fulfilled yet.
 */
@ApplicationScoped
public class LegalErasureHold implements ErasureHold {

  private final PreservationHolds holds;
  private final LegalTargetRepository targets;

  public LegalErasureHold(PreservationHolds holds, LegalTargetRepository targets) {
    this.holds = holds;
    this.targets = targets;
  }

  @Override
  public Uni<Optional<String>> reasonToKeep(String subject) {
    return holds
        .isHeld(subject)
        .chain(
            held ->
                held
                    ? Uni.createFrom().item(Optional.of("preservation hold"))
                    : targets
                        .awaitsDisclosure(subject)
                        .map(
                            waiting ->
                                waiting
                                    ? Optional.of("approved legal request awaiting disclosure")
                                    : Optional.<String>empty()));
  }
}
