package com.profileservice.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** Settings of the change-event outbox, its feed and its relay ({@code profile.events.*}). */
@ConfigMapping(prefix = "profile.events")
public interface EventsConfig {

  /** How long the outbox keeps an event, counted from the change; older cursors answer 410. */
  @WithDefault("P7D")
  Duration retention();

  /** How often the retention job runs (read by its {@code @Scheduled} expression). */
  @WithDefault("1h")
  String purgeEvery();

  /** The CloudEvents {@code source} of every event. */
  @WithDefault("/profile-service")
  String source();

  /** Events per feed page when the consumer names no {@code limit}. */
  @WithDefault("100")
  @Positive
  int defaultLimit();

  /** The largest {@code limit} a consumer may ask for. */
  @WithDefault("500")
  @Positive
  int maxLimit();

  /** The longest long-poll {@code wait} a consumer may ask for, in seconds. */
  @WithDefault("30")
  @Min(0)
  @Max(300)
  int maxWaitSeconds();

  Relay relay();

  /**
   * The RabbitMQ relay; the broker itself is set by {@code mp.messaging.outgoing.profile-events.*}.
   */
  interface Relay {

    /** Whether this replica relays the outbox to the broker (one replica at a time does). */
    @WithDefault("false")
    boolean enabled();

    /** Events read from the outbox per round; each round sends one event per profile at most. */
    @WithDefault("500")
    @Positive
    int batchSize();

    /** How often a relay checks for work it was not woken for, and a standby for the lead. */
    @WithDefault("PT1S")
    Duration pollEvery();

    /** How long a round waits for the broker's confirms before it sends the round again. */
    @WithDefault("PT30S")
    Duration confirmTimeout();
  }
}
