package com.profileservice.support.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server on which tests create and drop databases of their own, through its
 * maintenance database {@code postgres}.
 */
public record PostgresServer(String host, int port, String user, String password) {

  // Where the external server is; the pom's external-postgres profile passes them to the tests.
  static final String HOST = "test.postgres.host";
  static final String PORT = "test.postgres.port";
  static final String USER = "test.postgres.user";
  static final String PASSWORD = "test.postgres.password";

  private static final AtomicInteger CREATED = new AtomicInteger();

  /** The external server, when the build asked for one; empty means "use embedded servers". */
  public static Optional<PostgresServer> external() {
    String host = System.getProperty(HOST, "");
    if (host.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new PostgresServer(
            host,
            Integer.parseInt(System.getProperty(PORT, "5432")),
            System.getProperty(USER, "postgres"),
            System.getProperty(PASSWORD, "postgres")));
  }

  /**
   * Creates an empty database named for {@code purpose}, this JVM and the moment, so that parallel
   * builds on one server (other people, other CI runs) never share or drop each other's.
   */
  String createDatabase(String purpose) {
    String name =
        "ps_%s_%d_%d_%d"
            .formatted(
                purpose,
                ProcessHandle.current().pid(),
                System.currentTimeMillis(),
                CREATED.incrementAndGet());
    execute("CREATE DATABASE \"" + name + "\"");
    return name;
  }

  /** Drops the database even if a process that is going away still holds connections. */
  void dropDatabase(String name) {
    execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** What the application needs to use {@code database}: the settings production sets too. */
  Map<String, String> datasourceConfig(String database) {
    return Map.of(
        "quarkus.datasource.reactive.url",
        "postgresql://" + host + ":" + port + "/" + database,
        "quarkus.datasource.jdbc.url",
        jdbcUrl(database),
        "quarkus.datasource.username",
        user,
        "quarkus.datasource.password",
        password);
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), user, password);
  }

  private void execute(String sql) {
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "on PostgreSQL at " + host + ":" + port + ", " + sql + " failed", e);
    }
  }
}
