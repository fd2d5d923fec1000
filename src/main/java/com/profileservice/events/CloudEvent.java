package com.profileservice.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event as a CloudEvents 1.0 structured-mode JSON document; the same document is the body of
 * the broker message and an item of the pull feed.
 */
@JsonPropertyOrder({
  "specversion",
  "id",
  "source",
  "type",
  "subject",
  "time",
  "datacontenttype",
  "profilesequence",
  "data"
})
@Schema(description = "A change event, a CloudEvents 1.0 structured-mode JSON document.")
public record CloudEvent(
    @Schema(description = "Always 1.0.", enumeration = "1.0", maxLength = 3) String specversion,
    @Schema(
            description = "Unique; the same on every delivery of this event.",
            format = "uuid",
            maxLength = 36)
        String id,
    @Schema(description = "The service that emitted it.", maxLength = 200) String source,
    @Schema(
            description = "profile-service. followed by the event name.",
            enumeration = {
              "profile-service.profile.created",
              "profile-service.profile.public-view-changed",
              "profile-service.profile.erased",
              "profile-service.consent.changed",
              "profile-service.email.verified",
              "profile-service.account.status-changed"
            },
            maxLength = 60)
        String type,
    @Schema(description = "The profile's handle.", maxLength = 15) String subject,
    @Schema(
            description = "When the change committed (to the service's clock).",
            implementation = String.class,
            format = "date-time",
            maxLength = 40)
        Instant time,
    @Schema(description = "Always application/json.", maxLength = 16) String datacontenttype,
    @Schema(
            description =
                "1, 2, 3, ... per profile: the order of this profile's events. A consumer keeps the"
                    + " highest it has applied and ignores any event at or below it.",
            minimum = "1",
            maximum = "9223372036854775807",
            format = "int64")
        long profilesequence,
    @Schema(
            description =
                "Identifiers and field names only, never a value: always handle; per type sub,"
                    + " fields, publicETag, consent, granted, status (docs/events.md).",
            maxProperties = 8)
        Map<String, Object> data) {}
