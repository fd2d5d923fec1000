package com.profileservice.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Relays the outbox to the broker, at least once and in order per profile, when {@code
 * profile.events.relay.enabled}. Registered at start-up; see {@link Relay} for the loop.
 */
@ApplicationScoped
public class EventRelay {

  private final OutboxRepository outbox;
  private final EventNotifications notifications;
  private final EventPublisher publisher;
  private final EventsConfig config;
  private final AtomicLong backlog = new AtomicLong();
  private final MeterRegistry registry;
  private volatile Relay running;

  EventRelay(
      OutboxRepository outbox,
      EventNotifications notifications,
      EventPublisher publisher,
      EventsConfig config,
      MeterRegistry registry) {
    this.outbox = outbox;
    this.notifications = notifications;
    this.publisher = publisher;
    this.config = config;
    this.registry = registry;
  }

  void start(@Observes StartupEvent started) {
    Gauge.builder("profile.events.backlog", backlog, AtomicLong::get)
        .description("Events in the outbox that the broker has not confirmed yet")
        .register(registry);
    if (config.relay().enabled()) {
      running = newRelay(publisher);
      running.start();
    }
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (running != null) {
      running.stop();
    }
  }

  /** A relay of its own (a second replica, in tests), sending through {@code through}. */
  Relay newRelay(EventPublisher through) {
    return new Relay(outbox.pool(), through);
  }

  /**
   * One relaying loop. It leads while it holds a session advisory lock on a connection of its own;
   * other replicas' loops stand by and try for the lock every poll period, so exactly one replica
   * relays and a replica that dies hands over when its connection closes.
   *
   * <p>Each round reads the oldest unconfirmed events and sends the profiles' events side by side,
   * each profile's one after another: no event leaves before its profile's previous one is
   * confirmed, so neither a broker outage, a lost confirm nor a change of lead can reorder a
   * profile's events (a resend repeats the same {@code id}). Confirmed events are marked; the first
   * unconfirmed one of a profile, and all after it, are sent again next round.
   */
  final class Relay {

    private static final long LEAD_LOCK = 0x72656c6179L;
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final Pool pool;
    private final EventPublisher through;
    private volatile SqlConnection lead;
    private volatile boolean stopped;

    Relay(Pool pool, EventPublisher through) {
      this.pool = pool;
      this.through = through;
    }

    void start() {
      next(Duration.ZERO);
    }

    void stop() {
      stopped = true;
      resign();
    }

    boolean leading() {
      return lead != null;
    }

    private void next(Duration after) {
      if (stopped) {
        return;
      }
      Uni<Void> pause =
          after.isZero()
              ? Uni.createFrom().voidItem()
              : notifications.nextCommit().ifNoItem().after(after).recoverWithItem((Void) null);
      pause
          .chain(this::round)
          .subscribe()
          .with(
              idle -> next(idle ? config.relay().pollEvery() : Duration.ZERO),
              failure -> {
                LOG.debugf("event relay round failed: %s", failure.getMessage());
                resign();
                next(config.relay().pollEvery());
              });
    }

    /** One round; true when there was nothing to do (or no lead), so the loop may rest. */
    private Uni<Boolean> round() {
      if (stopped) {
        return Uni.createFrom().item(true);
      }
      return lead()
          .chain(
              connection -> {
                if (connection == null) {
                  return Uni.createFrom().item(true);
                }
                return outbox
                    .unpublished(connection, config.relay().batchSize())
                    .chain(events -> send(connection, events));
              });
    }

    private Uni<Boolean> send(SqlConnection connection, List<StoredEvent> events) {
      if (events.isEmpty()) {
        backlog.set(0);
        return Uni.createFrom().item(true);
      }
      List<Uni<List<Long>>> profiles = new ArrayList<>();
      for (List<StoredEvent> ofOneProfile : byProfile(events)) {
        profiles.add(inTurn(ofOneProfile, 0, new ArrayList<>()));
      }
      return Uni.join()
          .all(profiles)
          .andCollectFailures()
          .map(confirmed -> confirmed.stream().flatMap(List::stream).toList())
          .chain(
              confirmed ->
                  (confirmed.isEmpty()
                          ? Uni.createFrom().voidItem()
                          : outbox.markPublished(connection, confirmed))
                      .chain(() -> outbox.backlog(connection))
                      .invoke(backlog::set)
                      // Nothing confirmed: the broker is away; rest before trying again.
                      .map(left -> confirmed.isEmpty()));
    }

    /**
     * Sends one profile's events one after another, each once the previous is confirmed, and stops
     * at the first that is not: the rest wait for the next round, behind it.
     */
    private Uni<List<Long>> inTurn(List<StoredEvent> events, int next, List<Long> confirmed) {
      if (next == events.size() || stopped) {
        return Uni.createFrom().item(confirmed);
      }
      StoredEvent event = events.get(next);
      return through
          .publish(event.envelope(config.source()))
          .ifNoItem()
          .after(config.relay().confirmTimeout())
          .fail()
          .map(v -> true)
          .onFailure()
          .recoverWithItem(false)
          .chain(
              sent -> {
                if (!sent) {
                  return Uni.createFrom().item(confirmed);
                }
                confirmed.add(event.position());
                return inTurn(events, next + 1, confirmed);
              });
    }

    private Uni<SqlConnection> lead() {
      if (lead != null) {
        return Uni.createFrom().item(lead);
      }
      return pool.getConnection()
          .chain(
              connection ->
                  connection
                      .preparedQuery("SELECT pg_try_advisory_lock($1)")
                      .execute(io.vertx.mutiny.sqlclient.Tuple.of(LEAD_LOCK))
                      .map(rows -> rows.iterator().next().getBoolean(0))
                      .onFailure()
                      .call(connection::close)
                      .chain(
                          won -> {
                            if (won && !stopped) {
                              lead = connection;
                              return Uni.createFrom().item(connection);
                            }
                            return connection.close().replaceWith((SqlConnection) null);
                          }));
    }

    /** Closing the connection ends the session, and with it the lock. */
    private void resign() {
      SqlConnection connection = lead;
      lead = null;
      if (connection != null) {
        connection.close().subscribe().with(v -> {}, failure -> {});
      }
    }
  }

  /** The events of each profile, each list in feed order. */
  static Collection<List<StoredEvent>> byProfile(List<StoredEvent> events) {
    Map<String, List<StoredEvent>> profiles = new LinkedHashMap<>();
    for (StoredEvent event : events) {
      profiles.computeIfAbsent(event.handle(), h -> new ArrayList<>()).add(event);
    }
    return profiles.values();
  }
}
