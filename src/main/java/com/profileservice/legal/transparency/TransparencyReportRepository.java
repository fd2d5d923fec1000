package com.profileservice.legal.transparency;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The report's one query: aggregate counts over the stored requests, never a row of them. */
@ApplicationScoped
public class TransparencyReportRepository {

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

  /** Rows of period, legal basis, received, rejected, fulfilled and accounts affected. */
  public Uni<List<Object[]>> transparencyCounts() {
    return Panache.getSession()
        .chain(
            session ->
                session.createNativeQuery(TRANSPARENCY_COUNTS, Object[].class).getResultList());
  }
}
