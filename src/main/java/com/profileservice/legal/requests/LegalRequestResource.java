package com.profileservice.legal.requests;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal requests: filing them, and reading where they stand. HTTP only. */
@Path("/legal/requests")
@Tag(name = "Legal")
@Produces(MediaType.APPLICATION_JSON)
public class LegalRequestResource {

  private final LegalRequestService requests;
  private final JsonWebToken caller;

  public LegalRequestResource(LegalRequestService requests, JsonWebToken caller) {
    this.requests = requests;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Roles.LEGAL_INTAKE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "fileLegalRequest",
      summary = "File a legal request",
      description =
          "Role: legal-intake. Records a search warrant, preservation request, subpoena, court"
              + " order or statute request against existing profiles; state RECEIVED.")
  @APIResponse(
      responseCode = "201",
      description = "Filed; Location names the request.",
      content = @Content(schema = @Schema(implementation = LegalRequestView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, or an unknown or server-owned property.")
  @APIResponse(responseCode = "415", description = "Content-Type is not application/json.")
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid values: an unknown basis, issuedOn in the future, 0 or more than 100 targets,"
              + " a handle no profile has, or a name that is not disclosable; nothing is stored.")
  public Uni<Response> file(LegalRequestInput input) {
    if (input == null) {
      throw new MalformedRequest("A legal request document is required.");
    }
    return requests
        .file(caller.getSubject(), input)
        .map(
            view ->
                Response.created(URI.create("/legal/requests/" + view.id())).entity(view).build());
  }

  @GET
  @RolesAllowed({Roles.LEGAL_INTAKE, Roles.LEGAL_REVIEWER})
  @Operation(
      operationId = "listLegalRequests",
      summary = "List legal requests",
      description = "Role: legal-intake or legal-reviewer. Newest first, optionally by state.")
  @APIResponse(responseCode = "200", description = "One page of requests.")
  @APIResponse(responseCode = "422", description = "A paging parameter or state is invalid.")
  public Uni<Page<LegalRequestView>> list(
      @BeanParam @Valid PageRequest page,
      @Parameter(
              description = "Only requests in this state.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"RECEIVED", "APPROVED", "REJECTED", "FULFILLED"}))
          @QueryParam("state")
          String state) {
    return requests.list(state, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.LEGAL_INTAKE, Roles.LEGAL_REVIEWER})
  @Operation(
      operationId = "getLegalRequest",
      summary = "One legal request",
      description = "Role: legal-intake or legal-reviewer. Never the disclosed values.")
  @APIResponse(
      responseCode = "200",
      description = "The request.",
      content = @Content(schema = @Schema(implementation = LegalRequestView.class)))
  @APIResponse(responseCode = "404", description = "No request has this id.")
  public Uni<LegalRequestView> get(
      @Parameter(description = "The request's id.") @PathParam("id") long id) {
    return requests.get(id);
  }
}
