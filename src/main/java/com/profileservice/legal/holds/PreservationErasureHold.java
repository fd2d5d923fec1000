package com.profileservice.legal.holds;

import com.profileservice.selfservice.ErasureHold;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Erasure keeps the data of an account under a preservation hold. Asked before the other legal hold
 * (a higher priority comes first), so an account both held and awaiting disclosure is kept for its
 * hold.
 */
@ApplicationScoped
@Priority(20)
public class PreservationErasureHold implements ErasureHold {

  private final PreservationHoldService holds;

  public PreservationErasureHold(PreservationHoldService holds) {
    this.holds = holds;
  }

  @Override
  public Uni<Optional<String>> reasonToKeep(String subject) {
    return holds
        .isHeld(subject)
        .map(held -> held ? Optional.of("preservation hold") : Optional.<String>empty());
  }
}
