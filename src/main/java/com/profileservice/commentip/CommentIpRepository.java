package com.profileservice.commentip;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The queries over the comment-IP table, for this feature's service alone. Native SQL, because the
 * column is PostgreSQL's {@code inet}, which checks and normalises addresses in the database;
 * statements run in the caller's session and transaction.
 */
@ApplicationScoped
public class CommentIpRepository {

  /**
   * Stores an entry once; a retried report of the same comment changes nothing. The address is sent
   * as text and cast twice, because the driver would otherwise want its own inet type.
   */
  Uni<Integer> record(long profileId, CommentIpReport report, String ip, Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "INSERT INTO comment_ip (profile_id, comment_id, ip, posted_at, recorded_at)"
                            + " VALUES (?1, ?2, CAST(CAST(?3 AS text) AS inet), ?4, ?5)"
                            + " ON CONFLICT ON CONSTRAINT comment_ip_comment_key DO NOTHING")
                    .setParameter(1, profileId)
                    .setParameter(2, report.commentId())
                    .setParameter(3, ip)
                    .setParameter(4, report.postedAt())
                    .setParameter(5, now)
                    .executeUpdate());
  }

  /** Newest first. */
  Uni<List<CommentIpEntry>> page(long profileId, int page, int size) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT comment_id, host(ip), posted_at FROM comment_ip WHERE profile_id = ?1"
                            + " ORDER BY posted_at DESC, id DESC LIMIT ?2 OFFSET ?3",
                        Object[].class)
                    .setParameter(1, profileId)
                    .setParameter(2, size)
                    .setParameter(3, (long) page * size)
                    .getResultList())
        .map(rows -> rows.stream().map(CommentIpRepository::entry).toList());
  }

  Uni<Long> count(long profileId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT count(*) FROM comment_ip WHERE profile_id = ?1", Long.class)
                    .setParameter(1, profileId)
                    .getSingleResult());
  }

  /** Every entry of one journal, for disclosure and export. */
  Uni<List<CommentIpEntry>> all(long profileId) {
    return page(profileId, 0, Integer.MAX_VALUE);
  }

  Uni<Integer> purgeOwner(long profileId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery("DELETE FROM comment_ip WHERE profile_id = ?1")
                    .setParameter(1, profileId)
                    .executeUpdate());
  }

  /** Deletes entries posted before {@code cutoff}, but none of the accounts in {@code kept}. */
  Uni<Integer> purgePostedBefore(Instant cutoff, List<String> kept) {
    String sql =
        kept.isEmpty()
            ? "DELETE FROM comment_ip WHERE posted_at < :cutoff"
            : "DELETE FROM comment_ip WHERE posted_at < :cutoff AND profile_id NOT IN"
                + " (SELECT id FROM profile WHERE subject IN (:kept))";
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql).setParameter("cutoff", cutoff);
              if (!kept.isEmpty()) {
                query.setParameter("kept", kept);
              }
              return query.executeUpdate();
            });
  }

  private static CommentIpEntry entry(Object[] row) {
    Object postedAt = row[2];
    Instant instant =
        postedAt instanceof OffsetDateTime odt
            ? odt.toInstant()
            : postedAt instanceof Instant i
                ? i
                : ((java.time.LocalDateTime) postedAt).toInstant(ZoneOffset.UTC);
    return new CommentIpEntry((String) row[0], (String) row[1], instant);
  }
}
