package com.profileservice.legal;

import com.profileservice.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** Queries over legal requests. */
@ApplicationScoped
public class LegalRequestRepository implements PanacheRepository<LegalRequest> {

  /**
   * Counts per half-year of receipt and legal basis, in one SQL statement. A request counts as
   * fulfilled once data was disclosed, or, for a preservation request, once its holds were placed.
   */
  private static final String TRANSPARENCY_COUNTS =
      """
      SELECT to_char(r.filed_at AT TIME ZONE 'UTC', 'YYYY')
               || CASE WHEN extract(MONTH FROM r.filed_at AT TIME ZONE 'UTC') <= 6
                       THEN '-H1' ELSE '-H2' END AS period,
             r.legal_basis,
             count(DISTINCT r.id) AS received,
             count(DISTINCT r.id) FILTER (WHERE r.state = 'REJECTED') AS rejected,
             count(DISTINCT r.id) FILTER (WHERE r.state = 'FULFILLED'
                 OR (r.legal_basis = 'PRESERVATION' AND r.state = 'APPROVED')) AS fulfilled,
             count(DISTINCT t.subject) FILTER (WHERE r.state = 'FULFILLED'
                 OR (r.legal_basis = 'PRESERVATION' AND r.state = 'APPROVED')) AS accounts
        FROM legal_request r
        JOIN legal_target t ON t.request_id = r.id
       GROUP BY 1, 2
       ORDER BY 1 DESC, 2
      """;

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

  /** Rows of period, legal basis, received, rejected, fulfilled and accounts affected. */
  public Uni<List<Object[]>> transparencyCounts() {
    return getSession()
        .chain(
            session ->
                session.createNativeQuery(TRANSPARENCY_COUNTS, Object[].class).getResultList());
  }
}
