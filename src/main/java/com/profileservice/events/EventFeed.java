package com.profileservice.events;

import com.profileservice.common.problem.InvalidRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** The pull feed: pages of events after a cursor, oldest first, optionally waiting for one. */
@ApplicationScoped
public class EventFeed {

  private final OutboxRepository outbox;
  private final EventNotifications notifications;
  private final EventsConfig config;

  EventFeed(OutboxRepository outbox, EventNotifications notifications, EventsConfig config) {
    this.outbox = outbox;
    this.notifications = notifications;
    this.config = config;
  }

  /**
   * Events after {@code after} (null: from the oldest kept). With {@code waitSeconds} above zero
   * and nothing to answer yet, the answer comes at the first commit of an event, or empty when the
   * wait runs out.
   */
  public Uni<EventPage> page(String after, Integer limit, Integer waitSeconds) {
    boolean fromStart = after == null || after.isEmpty();
    long cursor = EventCursor.decode(after);
    int size = limit == null ? config.defaultLimit() : limit;
    if (size < 1 || size > config.maxLimit()) {
      return Uni.createFrom()
          .failure(InvalidRequest.of("limit", "must be between 1 and " + config.maxLimit()));
    }
    int wait = waitSeconds == null ? 0 : waitSeconds;
    if (wait < 0 || wait > config.maxWaitSeconds()) {
      return Uni.createFrom()
          .failure(InvalidRequest.of("wait", "must be between 0 and " + config.maxWaitSeconds()));
    }
    if (wait == 0) {
      return read(fromStart, cursor, size);
    }
    Uni<Void> commit = notifications.nextCommit();
    return read(fromStart, cursor, size)
        .chain(
            page -> {
              if (!page.events().isEmpty()) {
                return Uni.createFrom().item(page);
              }
              return commit
                  .ifNoItem()
                  .after(Duration.ofSeconds(wait))
                  .recoverWithItem((Void) null)
                  .chain(() -> read(fromStart, cursor, size));
            });
  }

  /**
   * The purge mark is read after the events: a purge that ran before the read is then seen, and a
   * cursor it overtook answers 410 rather than a page with a hole in it.
   */
  private Uni<EventPage> read(boolean fromStart, long cursor, int size) {
    return outbox
        .after(cursor, size)
        .chain(
            events ->
                outbox
                    .purgedThrough()
                    .map(
                        purged -> {
                          if (!fromStart && cursor < purged) {
                            throw new EventProblems.CursorExpired();
                          }
                          return page(Math.max(cursor, purged), events);
                        }));
  }

  /** An empty page hands back at least the purge mark, so a cursor never starts out expired. */
  private EventPage page(long floor, List<StoredEvent> events) {
    long last = events.isEmpty() ? floor : events.get(events.size() - 1).position();
    return new EventPage(
        events.stream().map(e -> e.envelope(config.source())).toList(), EventCursor.encode(last));
  }
}
