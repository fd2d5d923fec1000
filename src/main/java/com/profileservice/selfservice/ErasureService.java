package com.profileservice.selfservice;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profileservice.common.jobs.ClusterJobs;
import com.profileservice.common.persistence.OwnerWrites;
import com.profileservice.events.ChangeEvents;
import com.profileservice.events.EventType;
import com.profileservice.profile.ProfileAccounts;
import com.profileservice.profile.ProfileAccounts.Account;
import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erasure: the profile and everything hanging off it go in one transaction. When the law requires
 * the data to be kept (a preservation hold, an approved request not yet fulfilled), a copy is first
 * moved to the frozen store, out of the owner API's reach, until that ends.
 */
@ApplicationScoped
public class ErasureService {

  private final OwnerWrites writes;
  private final ProfileAccounts accounts;
  private final ExportService exports;
  private final FrozenProfileRepository frozen;
  private final List<ErasureHold> holds;
  private final ObjectMapper json;
  private final Clock clock;
  private final ClusterJobs jobs;
  private final ErasureConfig config;
  // Change events (issue 13): the erasure reaches downstream, also when a hold freezes a copy.
  private final ChangeEvents events;

  public ErasureService(
      OwnerWrites writes,
      ProfileAccounts accounts,
      ExportService exports,
      FrozenProfileRepository frozen,
      @All List<ErasureHold> holds,
      ObjectMapper json,
      Clock clock,
      ClusterJobs jobs,
      ErasureConfig config,
      ChangeEvents events) {
    this.writes = writes;
    this.accounts = accounts;
    this.exports = exports;
    this.frozen = frozen;
    this.holds = holds;
    this.json = json;
    this.clock = clock;
    this.jobs = jobs;
    this.config = config;
    this.events = events;
  }

  /**
   * Under the profile's row lock: of concurrent erasures one deletes the row and the others, which
   * wait for it, then find no profile (404) instead of deleting a row that is already gone.
   */
  public Uni<Void> erase(String subject) {
    return writes.serialise(
        subject,
        () ->
            Panache.withTransaction(
                () ->
                    accounts
                        .lockBySubject(subject)
                        .call(account -> freezeIfHeld(account))
                        .call(
                            account ->
                                events.append(
                                    account.id(),
                                    account.handle(),
                                    EventType.PROFILE_ERASED,
                                    Map.of("sub", account.subject())))
                        .chain(account -> accounts.erase(account.id()))));
  }

  /** The release of frozen copies, run by one replica per period however many schedule it. */
  @Scheduled(
      identity = "frozen-profile-release",
      every = "${profile.erasure.release-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> releaseOncePerPeriod() {
    return jobs.runOncePerPeriod(
            "frozen-profile-release", config.releaseEvery(), this::releaseExpired)
        .replaceWithVoid();
  }

  /** Deletes frozen copies that no hold requires any more. */
  public Uni<Void> releaseExpired() {
    return Panache.withTransaction(
        () ->
            frozen
                .listAll()
                .onItem()
                .transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem()
                .transformToUniAndConcatenate(
                    copy ->
                        reasonToKeep(copy.subject)
                            .chain(
                                reason ->
                                    reason.isPresent()
                                        ? Uni.createFrom().voidItem()
                                        // A query, not session.remove: see
                                        // ProfileAccounts.erase.
                                        : frozen.delete("id", copy.id).replaceWithVoid()))
                .collect()
                .last()
                .replaceWithVoid());
  }

  private Uni<Void> freezeIfHeld(Account account) {
    return reasonToKeep(account.subject())
        .chain(
            reason -> {
              if (reason.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              return exports
                  .document(account)
                  .chain(
                      document -> {
                        FrozenProfile copy = new FrozenProfile();
                        copy.subject = account.subject();
                        copy.frozenAt = Instant.now(clock);
                        copy.reason = reason.get();
                        copy.document = json.convertValue(document, new TypeReference<>() {});
                        return frozen.persist(copy).replaceWithVoid();
                      });
            });
  }

  /** The first hold that applies, asked one after another within the session. */
  private Uni<Optional<String>> reasonToKeep(String subject) {
    Uni<Optional<String>> result = Uni.createFrom().item(Optional.empty());
    for (ErasureHold hold : holds) {
      result =
          result.chain(
              found ->
                  found.isPresent() ? Uni.createFrom().item(found) : hold.reasonToKeep(subject));
    }
    return result;
  }
}
