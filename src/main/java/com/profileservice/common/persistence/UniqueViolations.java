package com.profileservice.common.persistence;

import io.vertx.pgclient.PgException;
import java.util.Optional;

/**
 * Finds the unique constraint a failed write broke. Checks before an insert narrow the window; the
 * constraint is what closes it when two requests race.
 */
public final class UniqueViolations {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  public static Optional<String> constraintOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
        return Optional.ofNullable(pg.getConstraint());
      }
    }
    return Optional.empty();
  }
}
