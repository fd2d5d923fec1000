package com.profileservice.common.persistence;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.devdb.SeparateEmbeddedPostgres;
import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Concurrently;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL shutting down: while a smart shutdown waits for the last session, every new session is
 * refused with SQLSTATE 57P03 ("the database system is shutting down"), and once it has stopped
 * nothing answers at all. The service answers 503 with Retry-After throughout, never 500.
 */
@QuarkusTest
@WithTestResource(SeparateEmbeddedPostgres.class)
class DatabaseShuttingDownTest {

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  // The default keeps other test applications, which build this class too, from requiring it.
  @ConfigProperty(name = SeparateEmbeddedPostgres.PORT, defaultValue = "-1")
  int ownServerPort;

  @Test
  void aShuttingDownThenStoppedDatabaseGives503WithRetryAfter() throws SQLException {
    String subject = newSubject();
    Profiles.create(subject, minimal(newHandle()));
    String token = Tokens.user(subject);

    try (CapturedLogs logs = CapturedLogs.all()) {
      try (Connection lastSession = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
        beginSmartShutdown(lastSession);
        terminateOtherSessions(lastSession);
        assertNewSessionsAreRefusedAsShuttingDown();
        // The first round may still meet a pooled connection that was just terminated; the
        // second can only open new sessions, which the server refuses with 57P03. The outage log
        // names only the first failure of an outage, so the server's state is asserted directly.
        assertEveryRequestIsRetryLater(token);
        assertEveryRequestIsRetryLater(token);
        assertNewSessionsAreRefusedAsShuttingDown();
      }
      // The last session is gone, so the server stops; now no connection can be made at all.
      assertEveryRequestIsRetryLater(token);
      assertEquals(
          List.of(),
          logs.lines().stream().filter(line -> line.contains("unexpected failure")).toList());
    }
  }

  private static void assertEveryRequestIsRetryLater(String token) {
    List<Response> answers =
        List.of(
            Concurrently.request().auth().oauth2(token).get("/me"),
            Concurrently.request()
                .auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(Map.of("name", "During shutdown"))
                .patch("/me"),
            Concurrently.request().auth().oauth2(token).delete("/me"),
            Concurrently.request().get("/directory"),
            Concurrently.request().get("/profiles/anyone"));
    for (Response answer : answers) {
      assertEquals(503, answer.statusCode(), answer.asString());
      assertTrue(answer.header("Retry-After") != null, "503 without Retry-After");
    }
    Concurrently.request().get("/q/health/ready").then().statusCode(503);
  }

  private void assertNewSessionsAreRefusedAsShuttingDown() {
    SQLException refusal =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(jdbcUrl, "postgres", "postgres").close());
    assertEquals("57P03", refusal.getSQLState(), refusal.getMessage());
  }

  /**
   * SIGTERM to the postmaster, the parent of this session's server process, is a smart shutdown:
   * sessions already open go on, new ones are refused until the last one has ended.
   */
  private void beginSmartShutdown(Connection session) throws SQLException {
    try (Statement statement = session.createStatement();
        ResultSet pid = statement.executeQuery("SELECT pg_backend_pid(), inet_server_port()")) {
      assertTrue(pid.next());
      // Never signal a server this test did not start: if some other datasource setting won over
      // the test resource's, the session would be on a shared server.
      assertEquals(ownServerPort, pid.getInt(2), "the session is not on the test's own server");
      ProcessHandle postmaster =
          ProcessHandle.of(pid.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow();
      assertTrue(postmaster.destroy(), "could not signal the database server");
    }
  }

  /** The service's open sessions end too, so each request needs a new session. */
  private static void terminateOtherSessions(Connection session) throws SQLException {
    try (Statement statement = session.createStatement();
        ResultSet terminated =
            statement.executeQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    + " AND backend_type = 'client backend'")) {
      while (terminated.next()) {
        // Each row is one session ended.
      }
    }
  }
}
