package com.profileservice.legal.transparency;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public transparency report on legal requests. */
@Path("/transparency-report")
@Tag(name = "Transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyReportResource {

  private final TransparencyReportService reports;

  public TransparencyReportResource(TransparencyReportService reports) {
    this.reports = reports;
  }

  @GET
  @Operation(
      operationId = "getTransparencyReport",
      summary = "Transparency report",
      description =
          "Open to anyone. Legal requests received per half-year and legal basis: how many were"
              + " rejected or fulfilled, and how many accounts were affected. No handles, no"
              + " reference numbers.")
  @APIResponse(responseCode = "200", description = "The report.")
  public Uni<TransparencyReport> report() {
    return reports.report();
  }
}
