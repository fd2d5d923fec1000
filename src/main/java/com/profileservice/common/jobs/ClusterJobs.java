package com.profileservice.common.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job once per period across every replica that schedules it. Each replica's
 * trigger fires on its own; the first to fire in a period claims the period and runs the job, the
 * others find it claimed and skip. The claim (a row of {@code scheduled_job}) is written in the
 * job's own transaction, so a run that fails or whose process dies rolls the claim back with its
 * work, and the next trigger on any replica runs the period again.
 *
 * <p>A transaction-scoped advisory lock is taken first, without waiting: while one replica runs the
 * job, another whose trigger fires skips at once instead of holding a connection until the first
 * commits.
 */
@ApplicationScoped
public class ClusterJobs {

  static final String RUNS = "profile.jobs.runs";

  private static final Logger LOG = Logger.getLogger(ClusterJobs.class);

  private static final String TRY_LOCK =
      "SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 11))";
  private static final String REGISTER =
      "INSERT INTO scheduled_job (name) VALUES (?1) ON CONFLICT (name) DO NOTHING";
  private static final String CLAIM =
      "UPDATE scheduled_job SET last_period = ?2, runs = runs + 1, last_run_at = now()"
          + " WHERE name = ?1 AND last_period < ?2";

  private final Clock clock;
  private final MeterRegistry metrics;

  public ClusterJobs(Clock clock, MeterRegistry metrics) {
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * As {@link #runOncePerPeriod(String, Duration, Supplier)}, with the period read from the setting
   * of the job's {@code @Scheduled(every = ...)} expression; a job that is off never runs.
   */
  public Uni<JobRun> runOncePerPeriod(String job, String every, Supplier<Uni<?>> work) {
    return JobPeriods.parse(every)
        .map(period -> runOncePerPeriod(job, period, work))
        .orElseGet(() -> Uni.createFrom().item(JobRun.ALREADY_RAN));
  }

  /**
   * Runs {@code work} unless the current period of {@code every} (counted from the epoch on the
   * service clock) has already been run by this or another replica, or is running now. The work
   * joins the transaction of the claim: it must not commit on its own.
   */
  public Uni<JobRun> runOncePerPeriod(String job, Duration every, Supplier<Uni<?>> work) {
    long period = clock.millis() / every.toMillis();
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        session ->
                            session
                                .createNativeQuery(TRY_LOCK, Boolean.class)
                                .setParameter(1, job)
                                .getSingleResult()
                                .chain(
                                    locked -> {
                                      if (!locked) {
                                        return Uni.createFrom().item(JobRun.RUNNING_ELSEWHERE);
                                      }
                                      return session
                                          .createNativeQuery(REGISTER)
                                          .setParameter(1, job)
                                          .executeUpdate()
                                          .chain(
                                              () ->
                                                  session
                                                      .createNativeQuery(CLAIM)
                                                      .setParameter(1, job)
                                                      .setParameter(2, period)
                                                      .executeUpdate())
                                          .chain(
                                              claimed ->
                                                  claimed == 1
                                                      ? work.get().replaceWith(JobRun.RAN)
                                                      : Uni.createFrom().item(JobRun.ALREADY_RAN));
                                    })))
        .onFailure()
        .recoverWithItem(
            failure -> {
              // The claim went back with the work; the next trigger of any replica runs it again.
              // Recovered here, so the scheduler has no failure to log as an error.
              LOG.warnf(
                  "scheduled job %s failed and will run again at its next trigger: %s",
                  job, failure.toString());
              return JobRun.FAILED;
            })
        .invoke(run -> count(job, run.name()));
  }

  private void count(String job, String outcome) {
    metrics.counter(RUNS, "job", job, "outcome", outcome.toLowerCase()).increment();
  }
}
