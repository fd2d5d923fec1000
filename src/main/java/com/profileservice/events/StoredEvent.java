package com.profileservice.events;

import java.time.Instant;
import java.util.Map;

/** An outbox row as read back: its feed position and the event. */
record StoredEvent(
    long position,
    String id,
    String type,
    String handle,
    long sequence,
    Instant occurredAt,
    Map<String, Object> data) {

  CloudEvent envelope(String source) {
    return new CloudEvent(
        "1.0",
        id,
        source,
        "profile-service." + type,
        handle,
        occurredAt,
        "application/json",
        sequence,
        data);
  }
}
