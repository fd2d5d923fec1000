package com.profileservice.events;

import com.profileservice.common.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes events past retention, once per period across replicas ({@link ClusterJobs}). The purge
 * itself is idempotent as well: the delete takes each row once and the purge mark only ever rises,
 * so a run repeated after a claim that did not commit finds nothing left to do.
 */
@ApplicationScoped
public class EventRetention {

  private static final Logger LOG = Logger.getLogger(EventRetention.class);

  private final OutboxRepository outbox;
  private final EventsConfig config;
  private final Clock clock;
  private final ClusterJobs jobs;

  EventRetention(OutboxRepository outbox, EventsConfig config, Clock clock, ClusterJobs jobs) {
    this.outbox = outbox;
    this.config = config;
    this.clock = clock;
    this.jobs = jobs;
  }

  @Scheduled(
      identity = "event-retention",
      every = "${profile.events.purge-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purgeOncePerPeriod() {
    return jobs.runOncePerPeriod("event-retention", config.purgeEvery(), this::purgeExpired)
        .replaceWithVoid();
  }

  /**
   * While the relay is on, an event the broker has not confirmed is kept past retention: the feed
   * stops serving it, but the relay still owes it to the broker.
   */
  public Uni<Void> purgeExpired() {
    Instant cutoff = Instant.now(clock).minus(config.retention());
    return outbox
        .purgeBefore(cutoff, config.relay().enabled())
        .invoke(purged -> LOG.debugf("event retention purged %d events", purged))
        .replaceWithVoid();
  }
}
