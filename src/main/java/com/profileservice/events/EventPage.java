package com.profileservice.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the feed, oldest first, and the cursor to ask for the next one with. */
@Schema(description = "Events after the cursor, oldest first.")
public record EventPage(
    @Schema(maxItems = 500) List<CloudEvent> events,
    @Schema(
            description =
                "Opaque cursor of the last event on this page (or the cursor sent, when none):"
                    + " pass it as after= next time.",
            maxLength = 40)
        String next) {}
