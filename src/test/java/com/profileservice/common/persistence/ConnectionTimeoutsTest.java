package com.profileservice.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every connection of the application's pool carries the server-side bounds of DatabaseConfig. */
@QuarkusTest
class ConnectionTimeoutsTest {

  @Inject Pool pool;

  @Test
  void applicationConnectionsCarryLockStatementAndIdleTransactionTimeouts() {
    assertEquals("2s", show("lock_timeout"));
    assertEquals("5s", show("statement_timeout"));
    assertEquals("5s", show("idle_in_transaction_session_timeout"));
  }

  private String show(String setting) {
    return pool.withConnection(connection -> connection.query("SHOW " + setting).execute())
        .map(rows -> rows.iterator().next().getString(0))
        .await()
        .atMost(Duration.ofSeconds(30));
  }
}
