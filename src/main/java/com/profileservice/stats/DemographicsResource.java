package com.profileservice.stats;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Demographic aggregates for the analytics service; never a row about anyone. */
@Path("/internal/stats/demographics")
@Tag(name = "Internal")
@RolesAllowed(Roles.ANALYST)
@Produces(MediaType.APPLICATION_JSON)
public class DemographicsResource {

  private final DemographicsService demographics;

  public DemographicsResource(DemographicsService demographics) {
    this.demographics = demographics;
  }

  @GET
  @Operation(
      operationId = "getDemographics",
      summary = "Counts by age band, gender and country",
      description =
          "Role: analyst. Active profiles only. Ages on today's UTC date. Any count below k is"
              + " suppressed (count null, suppressed true), and where one hidden cell could be"
              + " worked out from the total, the next smallest cell is hidden too. A total below"
              + " k hides everything.")
  @APIResponse(responseCode = "200", description = "The aggregates.")
  public Uni<Demographics> demographics() {
    return demographics.demographics();
  }
}
