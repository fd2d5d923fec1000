package com.profileservice.common.problem;

import java.net.ConnectException;

/** Recognises failures that mean "the database cannot be reached", which clients may retry. */
final class DatabaseFailures {

  static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseFailures() {}

  static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (t instanceof ConnectException
          || name.equals("io.vertx.sqlclient.ClosedConnectionException")
          || name.endsWith("ConnectTimeoutException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
