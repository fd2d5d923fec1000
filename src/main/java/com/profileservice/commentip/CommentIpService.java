package com.profileservice.commentip;

import com.profileservice.common.jobs.ClusterJobs;
import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.profile.ProfileAccounts;
import com.profileservice.profile.ProfileNotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The opt-in log of comment addresses: written only while the journal's owner consents, read by the
 * owner alone, and kept no longer than the retention period.
 */
@ApplicationScoped
public class CommentIpService {

  /** The consent that switches logging on. */
  public static final String CONSENT = "comment_ip_logging";

  private static final Logger LOG = Logger.getLogger(CommentIpService.class);

  private final CommentIpRepository log;
  private final ProfileAccounts accounts;
  private final CommentIpConfig config;
  private final CommentIpHolds holds;
  private final Clock clock;
  private final ClusterJobs jobs;

  CommentIpService(
      CommentIpRepository log,
      ProfileAccounts accounts,
      CommentIpConfig config,
      CommentIpHolds holds,
      Clock clock,
      ClusterJobs jobs) {
    this.log = log;
    this.accounts = accounts;
    this.config = config;
    this.holds = holds;
    this.clock = clock;
    this.jobs = jobs;
  }

  /** Whether the report was stored (false: accepted and dropped, as the owner did not opt in). */
  @WithTransaction
  public Uni<Boolean> record(String handle, CommentIpReport report) {
    String ip =
        IpAddresses.parse(report.ip())
            .orElseThrow(() -> InvalidRequest.of("ip", "must be an IPv4 or IPv6 address"));
    // Under a share lock: a withdrawal committing now (which deletes the log) is waited for and
    // seen, so no address is stored after it.
    return accounts
        .shareByHandle(handle)
        .onItem()
        .ifNull()
        .failWith(ProfileNotFound::new)
        .chain(
            account -> {
              if (!account.active() || !account.consented(CONSENT)) {
                return Uni.createFrom().item(false);
              }
              return log.record(account.id(), report, ip, Instant.now(clock)).replaceWith(true);
            });
  }

  @WithSession
  public Uni<Page<CommentIpEntry>> ownerLog(String subject, PageRequest request) {
    return accounts
        .bySubject(subject)
        .chain(
            account ->
                log.page(account.id(), request.page, request.size)
                    .chain(
                        items ->
                            log.count(account.id())
                                .map(
                                    total ->
                                        new Page<>(items, request.page, request.size, total))));
  }

  /**
   * Every entry of one journal, newest first, for disclosure and export; joins the caller's
   * session.
   */
  public Uni<List<CommentIpEntry>> journal(long profileId) {
    return log.all(profileId);
  }

  /** The retention purge, run by one replica per period however many schedule it. */
  @Scheduled(
      identity = "comment-ip-retention",
      every = "${profile.comment-ips.purge-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> purgeOncePerPeriod() {
    return jobs.runOncePerPeriod("comment-ip-retention", config.purgeEvery(), this::purgeExpired)
        .replaceWithVoid();
  }

  /** Deletes what is older than the retention period, except what a hold keeps. */
  public Uni<Void> purgeExpired() {
    Instant cutoff = Instant.now(clock).minus(config.retention());
    return Panache.withTransaction(
            () -> holds.keptSubjects().chain(kept -> log.purgePostedBefore(cutoff, kept)))
        .invoke(purged -> LOG.debugf("comment-ip retention purged %d entries", purged))
        .replaceWithVoid();
  }
}
