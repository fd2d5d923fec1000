package com.profileservice.legal.requests;

import com.profileservice.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/** Queries over legal requests. */
@ApplicationScoped
public class LegalRequestRepository implements PanacheRepository<LegalRequest> {

  /** SELECT ... FOR UPDATE: concurrent actions on one request take turns. */
  public Uni<LegalRequest> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Newest first; {@code state} null means every state. */
  public PanacheQuery<LegalRequest> newestFirst(LegalRequestState state, PageRequest page) {
    Sort newest = Sort.by("id").descending();
    PanacheQuery<LegalRequest> query =
        state == null ? findAll(newest) : find("state", newest, state);
    return query.page(page.panache());
  }

  /**
   * The fulfilled requests about {@code subject} whose non-disclosure period has passed by {@code
   * now}, newest disclosure first.
   */
  public PanacheQuery<LegalRequest> noticesFor(String subject, Instant now, PageRequest page) {
    return find(
            "state = ?1 and (nonDisclosureUntil is null or nonDisclosureUntil <= ?2)"
                + " and id in (select t.requestId from LegalTarget t where t.subject = ?3)",
            Sort.by("fulfilledAt").descending().and("id", Sort.Direction.Descending),
            LegalRequestState.FULFILLED,
            now,
            subject)
        .page(page.panache());
  }
}
