package com.profileservice.support;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL for tests that must see what the database holds, not what the API says. */
@ApplicationScoped
public class Database {

  private final Pool pool;

  public Database(Pool pool) {
    this.pool = pool;
  }

  public long count(String sql, Object... args) {
    return rows(sql, args).get(0).getLong(0);
  }

  public List<Row> rows(String sql, Object... args) {
    List<Row> rows = new ArrayList<>();
    pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely().forEach(rows::add);
    return rows;
  }

  /** The same query without waiting, for tests that run on a Vert.x context. */
  public Uni<List<Row>> select(String sql, Object... args) {
    return pool.preparedQuery(sql)
        .execute(Tuple.from(args))
        .map(
            rowSet -> {
              List<Row> rows = new ArrayList<>();
              rowSet.forEach(rows::add);
              return rows;
            });
  }

  public void execute(String sql, Object... args) {
    pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely();
  }
}
