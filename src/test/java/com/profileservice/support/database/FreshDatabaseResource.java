package com.profileservice.support.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application under test a {@link FreshDatabase} of its own, and the test class a field
 * of that type to read it through. An integration test that starts a second packaged instance
 * points it at the same {@link FreshDatabase#datasourceConfig()}.
 */
public final class FreshDatabaseResource implements QuarkusTestResourceLifecycleManager {

  private FreshDatabase database;

  @Override
  public Map<String, String> start() {
    database = FreshDatabase.create("it");
    System.out.println("[fresh-database] the packaged application runs on " + database);
    return database.datasourceConfig();
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(database, new TestInjector.MatchesType(FreshDatabase.class));
  }

  @Override
  public void stop() {
    if (database != null) {
      database.close();
    }
  }
}
