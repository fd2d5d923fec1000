package com.profileservice.common.persistence;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Concurrently;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database drops every connection of the service while writers run: each answer is a success or
 * a 503 with Retry-After, the service recovers by itself, and no acknowledged write is lost.
 */
@QuarkusTest
class DatabaseFaultsTest {

  private static final int WRITERS = 8;
  private static final int TERMINATIONS = 6;

  /** Acknowledged writes to wait for between terminations: proof that writing works again. */
  private static final int WRITES_BETWEEN = 16;

  private static final List<String> LOGGED_DEFECTS =
      List.of(
          "Mutiny had to drop",
          "Result is already complete",
          "HR000069",
          "HHH000099",
          "unexpected failure");

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  /**
   * Hibernate Reactive logs an ERROR each time it cannot commit or roll back on a connection the
   * server has just ended, which is exactly what this test makes the server do, dozens of times.
   * The outcome the service owes is checked below (2xx or 503, recovery, nothing lost); those lines
   * would only bury a real error in the suite's log, so this test alone silences their category.
   */
  private static final Logger TERMINATED_TRANSACTIONS =
      Logger.getLogger("org.hibernate.reactive.pool.impl.SqlClientConnection");

  @BeforeAll
  static void boundEveryRequest() {
    RestAssured.config = Concurrently.BOUNDED;
    TERMINATED_TRANSACTIONS.setLevel(Level.OFF);
  }

  @AfterAll
  static void restoreRequestDefaults() {
    RestAssured.config = RestAssuredConfig.config();
    TERMINATED_TRANSACTIONS.setLevel(null);
  }

  @Test
  void droppedConnectionsMidLoadGiveOnly2xxOr503AndNoAcknowledgedWriteIsLost() throws Exception {
    List<Writer> writers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      writers.add(new Writer(i));
    }
    Semaphore acknowledged = new Semaphore(0);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch started = new CountDownLatch(WRITERS);
    PrintStream originalErr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(new TeeOutputStream(originalErr, printed), true));
    try (CapturedLogs logs = CapturedLogs.all()) {
      List<Future<Void>> running = new ArrayList<>();
      for (Writer writer : writers) {
        running.add(
            threads.submit(
                () -> {
                  started.countDown();
                  writer.writeUntil(stop, acknowledged);
                  return null;
                }));
      }
      assertTrue(started.await(Concurrently.HANG.toSeconds(), TimeUnit.SECONDS));
      for (int round = 0; round < TERMINATIONS; round++) {
        awaitAcknowledged(acknowledged);
        terminateTheServicesConnections();
      }
      awaitAcknowledged(acknowledged);
      stop.set(true);
      Concurrently.awaitAll(running);

      for (Writer writer : writers) {
        writer.assertOnlySuccessOrRetryLater();
        writer.assertEveryAcknowledgedWriteIsStored();
      }
      List<String> defects =
          logs.lines().stream()
              .filter(line -> LOGGED_DEFECTS.stream().anyMatch(line::contains))
              .toList();
      assertEquals(List.of(), defects, "no failure is dropped or unexpected");
      String printedTraces = printed.toString(StandardCharsets.UTF_8);
      assertTrue(!printedTraces.contains("Exception"), "stack traces on stderr: " + printedTraces);
    } finally {
      System.setErr(originalErr);
      stop.set(true);
      threads.shutdownNow();
    }
  }

  /** Writes to the real stream and to a copy the test reads. */
  private static final class TeeOutputStream extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    private TeeOutputStream(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }
  }

  /** Waits for writers to get writes through: after a termination, that is the recovery. */
  private static void awaitAcknowledged(Semaphore acknowledged) throws InterruptedException {
    assertTrue(
        acknowledged.tryAcquire(WRITES_BETWEEN, Concurrently.HANG.toSeconds(), TimeUnit.SECONDS),
        "writes did not succeed again after the database dropped the connections");
  }

  /** Through the test's own connection, every other session of this database ends at once. */
  private void terminateTheServicesConnections() throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        PreparedStatement terminate =
            connection.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    + " AND backend_type = 'client backend'");
        ResultSet terminated = terminate.executeQuery()) {
      while (terminated.next()) {
        // Each row is one session ended.
      }
    }
  }

  /** One user patching their profile and one comment service reporting addresses, in turns. */
  private final class Writer {

    private final String subject = newSubject();
    private final String token = Tokens.user(subject);
    private final String handle;
    private final String commentsToken = Tokens.withRoles("comments-" + subject, "comments");
    private final Queue<Response> failures = new ConcurrentLinkedQueue<>();
    private final List<String> storedComments = new ArrayList<>();
    private final List<String> attemptedNames = new ArrayList<>();
    private String acknowledgedName;
    private int acknowledgedVersion = -1;

    private Writer(int index) {
      handle = Profiles.create(subject, minimal(newHandle()));
      Concurrently.request()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("granted", true))
          .put("/me/consents/comment_ip_logging")
          .then()
          .statusCode(200);
    }

    private void writeUntil(AtomicBoolean stop, Semaphore acknowledged) {
      for (int n = 0; !stop.get(); n++) {
        String name = "Writer " + n;
        attemptedNames.add(name);
        Response patched =
            Concurrently.request()
                .auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(Map.of("name", name))
                .patch("/me");
        if (record(patched, acknowledged)) {
          acknowledgedName = name;
          acknowledgedVersion = patched.path("version");
          attemptedNames.clear();
        }
        String commentId = "c" + n;
        Response reported =
            Concurrently.request()
                .auth()
                .oauth2(commentsToken)
                .contentType(ContentType.JSON)
                .body(
                    Map.of(
                        "commentId",
                        commentId,
                        "ip",
                        "192.0.2.1",
                        "postedAt",
                        Instant.now().toString()))
                .post("/internal/profiles/" + handle + "/comment-ips");
        if (record(reported, acknowledged)) {
          assertEquals(201, reported.statusCode(), "the owner consents, so the address is stored");
          storedComments.add(commentId);
        }
      }
    }

    private boolean record(Response response, Semaphore acknowledged) {
      if (response.statusCode() / 100 == 2) {
        acknowledged.release();
        return true;
      }
      failures.add(response);
      return false;
    }

    private void assertOnlySuccessOrRetryLater() {
      for (Response failure : failures) {
        assertEquals(503, failure.statusCode(), failure.asString());
        assertTrue(failure.header("Retry-After") != null, "503 without Retry-After");
        assertEquals("application/problem+json", failure.contentType());
      }
    }

    /**
     * The profile holds the last acknowledged name, or a later one whose commit happened but whose
     * answer was lost with the connection; every acknowledged address is stored.
     */
    private void assertEveryAcknowledgedWriteIsStored() throws SQLException {
      try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
        try (PreparedStatement profile =
            connection.prepareStatement("SELECT name, version FROM profile WHERE subject = ?")) {
          profile.setString(1, subject);
          try (ResultSet row = profile.executeQuery()) {
            assertTrue(row.next());
            String storedName = row.getString("name");
            int storedVersion = row.getInt("version");
            assertTrue(storedVersion >= acknowledgedVersion, "an acknowledged patch was undone");
            assertTrue(
                storedName.equals(acknowledgedName) || attemptedNames.contains(storedName),
                () -> "stored " + storedName + ", acknowledged " + acknowledgedName);
          }
        }
        try (PreparedStatement comments =
            connection.prepareStatement(
                "SELECT count(*) FROM comment_ip c JOIN profile p ON p.id = c.profile_id"
                    + " WHERE p.subject = ? AND c.comment_id = ANY (?)")) {
          comments.setString(1, subject);
          comments.setArray(2, connection.createArrayOf("text", storedComments.toArray()));
          try (ResultSet count = comments.executeQuery()) {
            assertTrue(count.next());
            assertEquals(storedComments.size(), count.getInt(1), "acknowledged addresses lost");
          }
        }
      }
    }
  }
}
