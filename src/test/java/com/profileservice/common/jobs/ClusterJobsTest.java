package com.profileservice.common.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Database;
import com.profileservice.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClusterJobsTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @Inject ClusterJobs jobs;
  @Inject TestClock clock;
  @Inject Database database;

  private final String job = "test-job-" + UUID.randomUUID();
  private final AtomicInteger runs = new AtomicInteger();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void runsTheJobOncePerPeriodHoweverOftenItIsTriggered() throws Exception {
    assertEquals(JobRun.RAN, trigger(HOUR, this::countRun));
    assertEquals(JobRun.ALREADY_RAN, trigger(HOUR, this::countRun));
    assertEquals(JobRun.ALREADY_RAN, trigger(HOUR, this::countRun));
    assertEquals(1, runs.get());
  }

  @Test
  void runsTheJobAgainInTheNextPeriod() throws Exception {
    assertEquals(JobRun.RAN, trigger(HOUR, this::countRun));
    clock.advance(HOUR);
    assertEquals(JobRun.RAN, trigger(HOUR, this::countRun));
    assertEquals(2, runs.get());
  }

  @Test
  void aRunThatFailsGivesItsPeriodBackToTheNextTrigger() throws Exception {
    assertEquals(
        JobRun.FAILED,
        trigger(HOUR, () -> Uni.createFrom().failure(new IllegalStateException("died"))));
    assertEquals(JobRun.RAN, trigger(HOUR, this::countRun));
    assertEquals(1, runs.get());
  }

  @Test
  void aWorkThatFailsAfterWritingLeavesNothingBehind() throws Exception {
    String marker = "marker-" + UUID.randomUUID();
    assertEquals(
        JobRun.FAILED,
        trigger(
            HOUR,
            () ->
                io.quarkus.hibernate.reactive.panache.Panache.getSession()
                    .chain(
                        session ->
                            session
                                .createNativeQuery("INSERT INTO scheduled_job (name) VALUES (?1)")
                                .setParameter(1, marker)
                                .executeUpdate())
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("died")))));
    assertEquals(0, database.count("SELECT count(*) FROM scheduled_job WHERE name = $1", marker));
    assertEquals(0, database.count("SELECT count(*) FROM scheduled_job WHERE name = $1", job));
  }

  @Test
  void aTriggerWhileTheJobRunsElsewhereSkipsWithoutWaiting() throws Exception {
    CompletableFuture<Void> started = new CompletableFuture<>();
    CompletableFuture<Void> release = new CompletableFuture<>();
    ExecutorService first = Executors.newSingleThreadExecutor();
    try {
      Future<JobRun> running =
          first.submit(
              () ->
                  trigger(
                      HOUR,
                      () -> {
                        // The test thread releases the run; its session stays on its own context.
                        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
                        started.complete(null);
                        return Uni.createFrom()
                            .completionStage(release)
                            .emitOn(task -> context.runOnContext(ignored -> task.run()))
                            .invoke(this::count);
                      }));
      started.join();
      assertEquals(JobRun.RUNNING_ELSEWHERE, trigger(HOUR, this::countRun));
      release.complete(null);
      assertEquals(JobRun.RAN, running.get());
      assertEquals(JobRun.ALREADY_RAN, trigger(HOUR, this::countRun));
      assertEquals(1, runs.get());
    } catch (Throwable e) {
      release.complete(null);
      throw new AssertionError(e);
    } finally {
      first.shutdown();
    }
  }

  @Test
  void aJobThatIsOffNeverRuns() throws Exception {
    assertEquals(
        JobRun.ALREADY_RAN, trigger(() -> jobs.runOncePerPeriod(job, "off", this::countRun)));
    assertEquals(0, runs.get());
  }

  private JobRun trigger(Duration every, java.util.function.Supplier<Uni<?>> work)
      throws Exception {
    return trigger(() -> jobs.runOncePerPeriod(job, every, work));
  }

  private static JobRun trigger(java.util.function.Supplier<Uni<JobRun>> run) throws Exception {
    try {
      return VertxContextSupport.subscribeAndAwait(run);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private Uni<?> countRun() {
    return Uni.createFrom().item(runs.incrementAndGet());
  }

  private void count() {
    runs.incrementAndGet();
  }
}
