package com.profileservice.devdb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A PostgreSQL server of its own for a test that shuts it down, so that the server every other test
 * shares stays up.
 */
public class SeparateEmbeddedPostgres implements QuarkusTestResourceLifecycleManager {

  /** The port of this server, so a test can make sure it is about to stop this one. */
  public static final String PORT = "test.separate-postgres.port";

  private EmbeddedPostgres server;

  @Override
  public Map<String, String> start() {
    server = EmbeddedPostgres.start();
    String address = "127.0.0.1:" + server.port() + "/postgres";
    return Map.of(
        "quarkus.datasource.reactive.url",
        "postgresql://" + address,
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://" + address,
        "quarkus.datasource.username",
        "postgres",
        "quarkus.datasource.password",
        "postgres",
        PORT,
        Integer.toString(server.port()));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
