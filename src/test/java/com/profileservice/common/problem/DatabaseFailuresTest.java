package com.profileservice.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures the service answers with 503 + Retry-After, and which stay its own defects. */
class DatabaseFailuresTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "57P01", // admin_shutdown: server stopping, or pg_terminate_backend
        "57P02", // crash_shutdown
        "57P03", // cannot_connect_now: starting up, shutting down, recovering
        "57P04", // database_dropped
        "57014", // query_canceled: statement_timeout
        "55P03", // lock_not_available: lock_timeout
        "25P03", // idle_in_transaction_session_timeout
        "40001", // serialization_failure
        "40P01", // deadlock_detected
        "08000", // connection_exception
        "08003", // connection_does_not_exist
        "08006", // connection_failure
        "08P01", // protocol_violation
        "53300", // too_many_connections
        "53200" // out_of_memory
      })
  void transientServerConditionsAreUnavailableHoweverTheyAreWrapped(String sqlState) {
    PgException fromDriver = new PgException("message", "FATAL", sqlState, null);
    assertTrue(DatabaseFailures.isUnavailable(fromDriver), sqlState + " from the driver");
    assertTrue(
        DatabaseFailures.isUnavailable(new PersistenceException("flush failed", fromDriver)),
        sqlState + " under a persistence exception");
    SQLException translated = new SQLException("message", sqlState);
    assertTrue(
        DatabaseFailures.isUnavailable(new GenericJDBCException("flush failed", translated)),
        sqlState + " as Hibernate translates it");
    assertTrue(DatabaseFailures.isUnavailable(translated), sqlState + " as a JDBC exception");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "23505", // unique_violation: a race, answered 409 elsewhere
        "23503", // foreign_key_violation
        "22021", // character_not_in_repertoire: bad input
        "42P01", // undefined_table: a defect
        "42601", // syntax_error: a defect
        "XX000" // internal_error
      })
  void otherServerErrorsAreNotUnavailable(String sqlState) {
    assertFalse(DatabaseFailures.isUnavailable(new PgException("m", "ERROR", sqlState, null)));
    assertFalse(
        DatabaseFailures.isUnavailable(
            new GenericJDBCException("m", new SQLException("m", sqlState))));
  }

  @Test
  void connectionAndPoolFailuresAreUnavailable() {
    assertTrue(DatabaseFailures.isUnavailable(new ConnectException("Connection refused")));
    assertTrue(DatabaseFailures.isUnavailable(new SocketException("Connection reset")));
    assertTrue(DatabaseFailures.isUnavailable(new ClosedChannelException()));
    IOException brokenPipe = new IOException("Broken pipe");
    brokenPipe.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("io.netty.channel.socket.nio.NioSocketChannel", "doWrite", null, 1)
        });
    assertTrue(DatabaseFailures.isUnavailable(brokenPipe));
    assertTrue(DatabaseFailures.isUnavailable(ClosedConnectionException.INSTANCE));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new ConnectionPoolTooBusyException("Connection pool reached max wait queue size")));
    assertTrue(DatabaseFailures.isUnavailable(new NoStackTraceThrowable("Timeout")));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new NoStackTraceThrowable(
                "Pending requests failed to be sent due to connection has been closed.")));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new JDBCConnectionException("lost", new SQLException("lost"))));
    assertTrue(DatabaseFailures.isUnavailable(new LockTimeoutException("lock")));
  }

  @Test
  void defectsAreNotUnavailable() {
    assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("bug")));
    assertFalse(DatabaseFailures.isUnavailable(new NullPointerException()));
    assertFalse(DatabaseFailures.isUnavailable(new IOException("not from a socket")));
    assertFalse(DatabaseFailures.isUnavailable(new NoStackTraceThrowable("something else")));
  }
}
