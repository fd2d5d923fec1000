package com.profileservice.common.persistence;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Finds the unique constraint a failed write broke. Checks before an insert narrow the window; the
 * constraint is what closes it when two requests race.
 *
 * <p>The failure arrives in two shapes: the driver's own exception when SQL ran directly, and
 * Hibernate's translation when an entity was flushed (at {@code persistAndFlush} or at commit),
 * which keeps the SQLSTATE and the constraint's name but not the driver's exception.
 */
public final class UniqueViolations {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  public static Optional<String> constraintOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
        return Optional.of(String.valueOf(pg.getConstraint()));
      }
      if (t instanceof ConstraintViolationException violation
          && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
        return Optional.of(String.valueOf(violation.getConstraintName()));
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return Optional.of("");
      }
    }
    return Optional.empty();
  }
}
