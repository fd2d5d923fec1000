package com.profileservice.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.profileservice.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * With {@code -Pexternal-postgres} the suite runs on its own fresh database on that server, never
 * on a silent fallback to the embedded one.
 */
@QuarkusTest
class SuiteDatabaseTest {

  @Inject Database database;

  @Test
  void externalPostgresRunUsesAFreshDatabaseOnThatServer() {
    String externalPort = System.getProperty("test.postgres.port");
    assumeTrue(externalPort != null, "runs only with -Pexternal-postgres");
    Row where = database.rows("SELECT current_database(), inet_server_port()").get(0);
    assertEquals(Integer.parseInt(externalPort), where.getInteger(1));
    assertTrue(
        where.getString(0).startsWith("ps_suite_"),
        "expected the run's own database, got " + where.getString(0));
  }
}
