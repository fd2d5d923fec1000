package com.profileservice.events;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change-event feed for other services; docs/events.md describes the events. */
@Path("/internal/events")
@Tag(name = "Internal")
@RolesAllowed(Roles.EVENTS)
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

  private final EventFeed feed;

  public EventFeedResource(EventFeed feed) {
    this.feed = feed;
  }

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "Change events after a cursor",
      description =
          "Role: events. Oldest first; identifiers and field names only, never a value. Pass the"
              + " page's next as after= to continue. With wait=, an empty answer is held until an"
              + " event commits or the wait runs out. Delivery is at least once and in order per"
              + " profile (profilesequence); events are kept for the retention period (7 days by"
              + " default).")
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description = "The events after the cursor (possibly none), and the next cursor.",
      content = @Content(schema = @Schema(implementation = EventPage.class)))
  @APIResponse(
      responseCode = "410",
      description =
          "The cursor is older than retention: resynchronise from current state, then read the"
              + " feed again without a cursor.")
  @APIResponse(
      responseCode = "422",
      description = "after is not a cursor of this feed, or limit or wait is out of range.")
  @APIResponse(
      responseCode = "503",
      description = "The database is unavailable for a moment.",
      headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying."))
  public Uni<EventPage> listEvents(
      @Parameter(
              description = "The next cursor of the previous page; absent: the oldest event kept.",
              schema = @Schema(maxLength = 40))
          @QueryParam("after")
          String after,
      @Parameter(
              description = "Events per page, 1 to 500 (default 100).",
              schema = @Schema(minimum = "1", maximum = "500"))
          @QueryParam("limit")
          Integer limit,
      @Parameter(
              description =
                  "Seconds, 0 to 30 (default 0): when no event follows the cursor, hold the answer"
                      + " until one commits or the wait is over.",
              schema = @Schema(minimum = "0", maximum = "30"))
          @QueryParam("wait")
          Integer waitSeconds) {
    return feed.page(after, limit, waitSeconds);
  }
}
