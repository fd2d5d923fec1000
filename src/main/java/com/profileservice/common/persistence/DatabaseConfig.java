package com.profileservice.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How long the service lets any one request wait on the database ({@code profile.database.*}).
 * Every bound is far above what a healthy request needs and well below the ten seconds after which
 * clients give up, so a request either gets its answer or a 503 it can retry, and nothing holds a
 * connection while it waits.
 */
@ConfigMapping(prefix = "profile.database")
public interface DatabaseConfig {

  /** Longest wait for a pooled connection; then 503 with Retry-After. */
  @WithDefault("PT3S")
  Duration acquisitionTimeout();

  /** Requests that may wait for a pooled connection at once; the next one gets 503 at once. */
  @WithDefault("500")
  @Positive
  int maxWaitingForConnection();

  /** Longest wait for a new TCP connection to the database server. */
  @WithDefault("PT5S")
  Duration connectTimeout();

  /** PostgreSQL {@code lock_timeout}: longest wait for a row lock another transaction holds. */
  @WithDefault("PT2S")
  Duration lockTimeout();

  /** PostgreSQL {@code statement_timeout}: longest run of any one statement. */
  @WithDefault("PT5S")
  Duration statementTimeout();

  /**
   * PostgreSQL {@code idle_in_transaction_session_timeout}: a transaction left idle this long is
   * ended by the server, with its locks and connection, whatever went wrong in the application.
   */
  @WithDefault("PT5S")
  Duration idleInTransactionTimeout();

  /** Writes of one owner that may wait behind the running one on this replica. */
  @WithDefault("128")
  @Positive
  int maxQueuedWritesPerOwner();
}
