package com.profileservice.events;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's reads and bulk writes, straight on the SQL client: the feed and the relay hold no
 * entities and need no Hibernate session.
 */
@ApplicationScoped
class OutboxRepository {

  private static final String COLUMNS =
      "position, id::text AS id, type, handle, sequence, occurred_at, data::text AS data";

  private final Pool pool;

  OutboxRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /**
   * Events after {@code position} and after the purge mark, oldest first. Events the retention job
   * kept below the mark for the relay are never served: the feed has no holes.
   */
  Uni<List<StoredEvent>> after(long position, int limit) {
    return pool.preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM outbox_event WHERE position > GREATEST($1,"
                + " (SELECT purged_through FROM event_retention)) ORDER BY position LIMIT $2")
        .execute(Tuple.of(position, limit))
        .map(OutboxRepository::events);
  }

  /** The highest position the retention job has deleted. */
  Uni<Long> purgedThrough() {
    return pool.query("SELECT purged_through FROM event_retention")
        .execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * Deletes events older than {@code cutoff}, and raises the purge mark to the highest position
   * deleted. Safe to run on several replicas at once: each row is deleted once, and the mark only
   * rises. Events the relay still owes the broker are kept while {@code keepUnpublished}.
   */
  Uni<Integer> purgeBefore(Instant cutoff, boolean keepUnpublished) {
    return pool.preparedQuery(
            "WITH gone AS (DELETE FROM outbox_event WHERE occurred_at < $1"
                + " AND (NOT $2 OR published_at IS NOT NULL) RETURNING position),"
                + " mark AS (UPDATE event_retention SET purged_through ="
                + " GREATEST(purged_through, (SELECT max(position) FROM gone))"
                + " WHERE EXISTS (SELECT 1 FROM gone) RETURNING 1)"
                + " SELECT count(*) FROM gone")
        .execute(Tuple.of(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), keepUnpublished))
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  /** The oldest events not yet confirmed by the broker. */
  Uni<List<StoredEvent>> unpublished(SqlClient client, int limit) {
    return client
        .preparedQuery(
            "SELECT "
                + COLUMNS
                + " FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT $1")
        .execute(Tuple.of(limit))
        .map(OutboxRepository::events);
  }

  Uni<Void> markPublished(SqlClient client, List<Long> positions) {
    return client
        .preparedQuery("UPDATE outbox_event SET published_at = now() WHERE position = ANY($1)")
        .execute(Tuple.of(positions.toArray(Long[]::new)))
        .replaceWithVoid();
  }

  Uni<Long> backlog(SqlClient client) {
    return client
        .query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
        .execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static List<StoredEvent> events(Iterable<Row> rows) {
    List<StoredEvent> events = new ArrayList<>();
    for (Row row : rows) {
      JsonObject data = new JsonObject(row.getString("data"));
      events.add(
          new StoredEvent(
              row.getLong("position"),
              row.getString("id"),
              row.getString("type"),
              row.getString("handle"),
              row.getLong("sequence"),
              row.getOffsetDateTime("occurred_at").toInstant(),
              data.getMap()));
    }
    return events;
  }
}
