package com.profileservice.selfservice;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * A reason the law makes the service keep an owner's data after erasure. Features that create such
 * obligations (legal process) implement it; erasure consults every implementation.
 */
public interface ErasureHold {

  /** Why the data of {@code subject} must be kept now, if it must; read in the caller's session. */
  Uni<Optional<String>> reasonToKeep(String subject);
}
