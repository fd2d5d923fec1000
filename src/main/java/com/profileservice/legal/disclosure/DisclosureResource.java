package com.profileservice.legal.disclosure;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Disclosing an approved legal request to the authority. HTTP only. */
@Path("/legal/requests")
@Tag(name = "Legal")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

  private final DisclosureService disclosures;
  private final JsonWebToken caller;

  public DisclosureResource(DisclosureService disclosures, JsonWebToken caller) {
    this.disclosures = disclosures;
    this.caller = caller;
  }

  @POST
  @Path("/{id}/disclosure")
  @RolesAllowed(Roles.LEGAL_REVIEWER)
  @Operation(
      operationId = "discloseLegalRequest",
      summary = "Disclose an approved legal request",
      description =
          "Role: legal-reviewer. Returns, for each target, exactly the approved fields, and"
              + " records the disclosure; the request becomes FULFILLED. Later calls return the"
              + " same stored package and are recorded as accesses.")
  @APIResponse(
      responseCode = "200",
      description = "The disclosure package; never cached.",
      content = @Content(schema = @Schema(implementation = DisclosurePackage.class)))
  @APIResponse(responseCode = "404", description = "No request has this id.")
  @APIResponse(
      responseCode = "409",
      description = "The request is not approved, or is a PRESERVATION request.")
  public Uni<Response> disclose(
      @Parameter(description = "The request's id.") @PathParam("id") long id) {
    return disclosures
        .disclose(caller.getSubject(), id)
        .map(
            disclosed ->
                Response.ok(disclosed).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
  }
}
