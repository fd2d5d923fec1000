package com.profileservice.common.persistence;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.pgclient.PgException;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The pool, with a handler on every connection it lends for failures that belong to no statement:
 * the server ending a session (a restart, {@code pg_terminate_backend}, an idle transaction timing
 * out). Without one the client prints their stack trace to standard error; here they become one
 * warning naming the SQLSTATE. The statement that was running, if any, fails as well and is
 * answered 503 by the problem mapper, so nothing is lost by not rethrowing.
 */
final class ReportingPool implements PgPool {

  private static final Logger LOG = Logger.getLogger(ReportingPool.class);

  private final PgPool pool;

  ReportingPool(PgPool pool) {
    this.pool = pool;
  }

  @Override
  public Future<SqlConnection> getConnection() {
    return pool.getConnection().map(ReportingPool::reporting);
  }

  @Override
  public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
    getConnection().onComplete(handler);
  }

  private static SqlConnection reporting(SqlConnection connection) {
    return connection.exceptionHandler(ReportingPool::report);
  }

  private static void report(Throwable failure) {
    // The message may quote a value; the SQLSTATE says what happened.
    String what =
        failure instanceof PgException pg
            ? "SQLSTATE " + pg.getSqlState()
            : failure.getClass().getName();
    LOG.warnf("database connection ended by the server or the network: %s", what);
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return pool.query(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return pool.preparedQuery(sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
    return pool.preparedQuery(sql, options);
  }

  @Override
  public PgPool connectHandler(Handler<SqlConnection> handler) {
    pool.connectHandler(handler);
    return this;
  }

  @Override
  public PgPool connectionProvider(Function<Context, Future<SqlConnection>> provider) {
    pool.connectionProvider(provider);
    return this;
  }

  @Override
  public int size() {
    return pool.size();
  }

  @Override
  public void close(Handler<AsyncResult<Void>> handler) {
    pool.close(handler);
  }

  @Override
  public Future<Void> close() {
    return pool.close();
  }
}
