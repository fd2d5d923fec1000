package com.profileservice.legal.audit;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Appends to, reads and verifies the append-only, hash-chained log of every legal action. The log
 * records who did what to which request, and which field names were involved; never a disclosed
 * value.
 */
@ApplicationScoped
public class AuditService {

  private static final int VERIFY_BATCH = 500;

  private final AuditEntryRepository entries;
  private final AuditHeadRepository head;
  private final Clock clock;

  public AuditService(AuditEntryRepository entries, AuditHeadRepository head, Clock clock) {
    this.entries = entries;
    this.head = head;
    this.clock = clock;
  }

  /**
   * Appends an entry inside the caller's transaction. The head row stays locked until that
   * transaction ends, so concurrent actions queue here and each chains onto the one before; if the
   * action rolls back, its entry goes with it.
   */
  public Uni<Void> append(AuditAction action, long requestId, String actor, String detail) {
    return head.lock()
        .chain(
            current -> {
              AuditChain.Link link =
                  AuditChain.next(
                      current.lastSeq + 1,
                      Instant.now(clock),
                      actor,
                      action,
                      requestId,
                      detail,
                      current.lastHash);
              current.lastSeq = link.seq();
              current.lastHash = link.hash();
              return entries.persist(AuditEntry.of(link));
            })
        .replaceWithVoid();
  }

  /** One page of the log, newest first. */
  @WithSession
  public Uni<Page<AuditEntryView>> page(PageRequest request) {
    return entries
        .newestFirst(request)
        .chain(
            list ->
                entries
                    .count()
                    .map(
                        total ->
                            new Page<>(
                                list.stream().map(AuditEntryView::of).toList(),
                                request.page,
                                request.size,
                                total)));
  }

  /**
   * Recomputes the chain from the stored fields. The head is read first and entries past it are
   * left out, so an append that commits meanwhile cannot look like damage.
   */
  @WithSession
  public Uni<AuditVerification> verify() {
    return head.read()
        .chain(
            current ->
                walk(new AuditChain.Verifier(), 0, current.lastSeq)
                    .map(verifier -> verifier.finish(current.lastSeq, current.lastHash)));
  }

  private Uni<AuditChain.Verifier> walk(AuditChain.Verifier verifier, long after, long upTo) {
    return entries
        .linksAfter(after, upTo, VERIFY_BATCH)
        .chain(
            batch -> {
              batch.forEach(verifier::accept);
              if (batch.size() < VERIFY_BATCH) {
                return Uni.createFrom().item(verifier);
              }
              return walk(verifier, batch.get(batch.size() - 1).seq(), upTo);
            });
  }
}
