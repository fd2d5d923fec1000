package com.profileservice.support.database;

import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Pexternal-postgres}, points the whole {@code @QuarkusTest} suite at a fresh database
 * on the external server, created before the first test and dropped after the last.
 *
 * <p>It publishes the datasource before any Quarkus application is built, through {@link
 * SuiteDatabaseConfigSource}, so the embedded server of the test profile stands aside (a configured
 * URL always wins), while a test's own datasource (the unreachable one of {@code
 * DatabaseUnavailableTest}, the server {@code DatabaseShuttingDownTest} stops) still overrides it.
 * Only the surefire run asks for it ({@value #WANTED}): integration tests give each packaged
 * application a database of its own ({@link FreshDatabaseResource}).
 */
public final class ExternalSuiteDatabase implements LauncherSessionListener {

  static final String WANTED = "test.postgres.suite-database";

  private Optional<FreshDatabase> database = Optional.empty();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean(WANTED)) {
      return;
    }
    database = PostgresServer.external().map(server -> FreshDatabase.on(server, "suite"));
    database.ifPresent(
        created -> {
          created
              .datasourceConfig()
              .forEach(
                  (name, value) ->
                      System.setProperty(SuiteDatabaseConfigSource.PREFIX + name, value));
          System.out.println("[external-postgres] the test suite runs on " + created);
        });
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    database.ifPresent(
        created -> {
          created
              .datasourceConfig()
              .keySet()
              .forEach(name -> System.clearProperty(SuiteDatabaseConfigSource.PREFIX + name));
          created.close();
          System.out.println("[external-postgres] dropped " + created);
        });
    database = Optional.empty();
  }
}
