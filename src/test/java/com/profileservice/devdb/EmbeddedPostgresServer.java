package com.profileservice.devdb;

/**
 * Opens the embedded PostgreSQL of dev mode and the test profile to test support in other packages,
 * for tests that need a server of their own (the packaged application's, which runs in the prod
 * profile where the config source factory never starts one).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres server;

  private EmbeddedPostgresServer(EmbeddedPostgres server) {
    this.server = server;
  }

  /** A fresh cluster on a free loopback port; user {@code postgres}, trust authentication. */
  public static EmbeddedPostgresServer start() {
    return new EmbeddedPostgresServer(EmbeddedPostgres.start());
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
