package com.profileservice.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends change events to the outbox inside the caller's Hibernate Reactive transaction, so an
 * event exists exactly when its change commits. Features call it as the last step of a write: the
 * insert takes the feed's ordering lock, held until commit, and should be followed by nothing but
 * the commit.
 */
@ApplicationScoped
public class ChangeEvents {

  /**
   * Transaction-scoped advisory lock around the outbox insert: positions are drawn and committed in
   * one order, so the feed's cursor never passes a position whose transaction commits later.
   */
  static final long FEED_ORDER_LOCK = 0x70726f66696c65L;

  private static final String NEXT_SEQUENCE =
      "INSERT INTO event_sequence (profile_id, last) VALUES (?1, 1) ON CONFLICT (profile_id) DO"
          + " UPDATE SET last = event_sequence.last + 1 RETURNING last";

  private static final String INSERT =
      "INSERT INTO outbox_event (type, handle, profile_id, sequence, occurred_at, data)"
          + " SELECT ?1, ?2, ?3, ?4, ?5, CAST(CAST(?6 AS text) AS jsonb) FROM pg_advisory_xact_lock(?7)";

  private final ObjectMapper json;
  private final Clock clock;

  public ChangeEvents(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * Appends one event about profile {@code profileId} (known to others as {@code handle}). {@code
   * data} holds identifiers and field names only; the handle is added to it.
   */
  public Uni<Void> append(long profileId, String handle, EventType type, Map<String, Object> data) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("handle", handle);
    payload.putAll(data);
    String document;
    try {
      document = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    Instant now = Instant.now(clock);
    return Panache.getSession()
        .chain(
            session ->
                session
                    // Pending entity changes first: after the insert nothing but the commit may
                    // wait on a lock, as the feed's ordering lock is held from there on.
                    .flush()
                    .chain(
                        () ->
                            session
                                .createNativeQuery(NEXT_SEQUENCE, Long.class)
                                .setParameter(1, profileId)
                                .getSingleResult())
                    .chain(
                        sequence ->
                            session
                                .createNativeQuery(INSERT)
                                .setParameter(1, type.eventName())
                                .setParameter(2, handle)
                                .setParameter(3, profileId)
                                .setParameter(4, sequence)
                                .setParameter(5, now)
                                .setParameter(6, document)
                                .setParameter(7, FEED_ORDER_LOCK)
                                .executeUpdate()))
        .replaceWithVoid();
  }
}
