package com.profileservice.support.database;

import com.profileservice.devdb.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An empty database that exists until {@link #close()}: on the external server when the build names
 * one, otherwise on an embedded server started for it alone. Applications given its {@link
 * #datasourceConfig()} share it; tests read what they wrote through {@link #strings(String)}.
 */
public final class FreshDatabase implements AutoCloseable {

  private final PostgresServer server;
  private final String name;
  private final Optional<EmbeddedPostgresServer> ownServer;

  private FreshDatabase(
      PostgresServer server, String name, Optional<EmbeddedPostgresServer> ownServer) {
    this.server = server;
    this.name = name;
    this.ownServer = ownServer;
  }

  /** A database for {@code purpose} (a short lower-case word that appears in its name). */
  public static FreshDatabase create(String purpose) {
    Optional<PostgresServer> external = PostgresServer.external();
    if (external.isPresent()) {
      return on(external.get(), purpose);
    }
    EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start();
    try {
      PostgresServer server =
          new PostgresServer("127.0.0.1", embedded.port(), "postgres", "postgres");
      return new FreshDatabase(server, server.createDatabase(purpose), Optional.of(embedded));
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  static FreshDatabase on(PostgresServer server, String purpose) {
    return new FreshDatabase(server, server.createDatabase(purpose), Optional.empty());
  }

  /** The datasource settings that point an application at this database. */
  public Map<String, String> datasourceConfig() {
    return server.datasourceConfig(name);
  }

  /** The first column of every row {@code sql} returns, as text. */
  public List<String> strings(String sql) {
    try (Connection connection = server.connect(name);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("on database " + name + ", " + sql + " failed", e);
    }
  }

  @Override
  public void close() {
    if (ownServer.isPresent()) {
      // The whole cluster goes: nothing else ever used it.
      ownServer.get().close();
    } else {
      server.dropDatabase(name);
    }
  }

  @Override
  public String toString() {
    return "database " + name + " on " + server.host() + ":" + server.port();
  }
}
