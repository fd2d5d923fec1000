package com.profileservice.common.problem;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises failures that mean "the database cannot serve this request now": it is unreachable,
 * restarting or shutting down, the connection broke, every connection is busy, or a lock or
 * statement took longer than the service allows. Clients may retry them; they are never the
 * request's fault and never a defect of the service.
 */
final class DatabaseFailures {

  static final String RETRY_AFTER_SECONDS = "5";

  /** SQLSTATE classes (two characters) and codes after which a retry can succeed. */
  private static final Set<String> TRANSIENT_CLASSES =
      Set.of(
          // connection exception: the connection failed or was never made
          "08",
          // insufficient resources: too many connections, out of memory, disk full
          "53");

  private static final Set<String> TRANSIENT_CODES =
      Set.of(
          // admin_shutdown: the server is stopping, or pg_terminate_backend ended the session
          "57P01",
          // crash_shutdown: another server process crashed and the server resets all sessions
          "57P02",
          // cannot_connect_now: the server is starting up, shutting down or recovering
          "57P03",
          // database_dropped
          "57P04",
          // idle_session_timeout
          "57P05",
          // query_canceled: statement_timeout ran out
          "57014",
          // lock_not_available: lock_timeout ran out while waiting for a row lock
          "55P03",
          // idle_in_transaction_session_timeout: the server ended a transaction left idle
          "25P03",
          // serialization_failure and deadlock_detected: PostgreSQL asks for a retry
          "40001",
          "40P01");

  /**
   * How bare Vert.x failures, without a type of their own, begin when the SQL client raises them:
   * the pool's wait limit running out, a statement given to a connection that has closed, and
   * statements queued on a connection that closed before they were sent.
   */
  private static final List<String> CLIENT_FAILURES =
      List.of(
          "Timeout",
          "Connection is not active now",
          "Pending requests failed to be sent due to connection has been closed");

  private DatabaseFailures() {}

  static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isTransientCause(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The failure's class and, when the server gave one, the SQLSTATE that made it transient; never
   * its message, which may quote values.
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String sqlState =
          t instanceof PgException pg
              ? pg.getSqlState()
              : t instanceof SQLException sql
                  ? sql.getSQLState()
                  : t instanceof JDBCException jdbc ? jdbc.getSQLState() : null;
      if (isTransient(sqlState)) {
        return failure.getClass().getName() + " (SQLSTATE " + sqlState + ")";
      }
    }
    return failure.getClass().getName();
  }

  /** Whether PostgreSQL reports, by this SQLSTATE, a condition that a retry may not meet. */
  static boolean isTransient(String sqlState) {
    return sqlState != null
        && sqlState.length() == 5
        && (TRANSIENT_CODES.contains(sqlState)
            || TRANSIENT_CLASSES.contains(sqlState.substring(0, 2)));
  }

  /** A reset or broken socket, which the JDK reports as a bare IOException ("Broken pipe"). */
  private static boolean fromNetworkChannel(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("io.netty.channel.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClientFailure(String message) {
    return message != null && CLIENT_FAILURES.stream().anyMatch(message::startsWith);
  }

  private static boolean isTransientCause(Throwable t) {
    if (t instanceof PgException pg) {
      return isTransient(pg.getSqlState());
    }
    if (t instanceof JDBCException jdbc && isTransient(jdbc.getSQLState())) {
      return true;
    }
    if (t instanceof SQLException sql && isTransient(sql.getSQLState())) {
      return true;
    }
    // The service's only socket a request's failure can come from is its database connection:
    // the client's own connection is not the one that failed when an answer can still be sent.
    return t instanceof ConnectException
        || t instanceof SocketException
        || t instanceof ClosedChannelException
        || (t instanceof IOException && fromNetworkChannel(t))
        || t instanceof ClosedConnectionException
        || t instanceof ConnectionPoolTooBusyException
        || t instanceof JDBCConnectionException
        || t instanceof LockTimeoutException
        || t instanceof PessimisticLockException
        || t instanceof QueryTimeoutException
        || (t instanceof NoStackTraceThrowable && isClientFailure(t.getMessage()))
        || t.getClass().getName().endsWith("ConnectTimeoutException");
  }
}
