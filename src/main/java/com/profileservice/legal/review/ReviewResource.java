package com.profileservice.legal.review;

import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import com.profileservice.legal.requests.LegalRequestView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A reviewer's decisions on legal requests: approval or rejection, and extending a hold. HTTP only.
 */
@Path("/legal/requests")
@Tag(name = "Legal")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  private final ReviewService reviews;
  private final JsonWebToken caller;

  public ReviewResource(ReviewService reviews, JsonWebToken caller) {
    this.reviews = reviews;
    this.caller = caller;
  }

  @POST
  @Path("/{id}/decision")
  @RolesAllowed(Roles.LEGAL_REVIEWER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideLegalRequest",
      summary = "Approve or reject a legal request",
      description =
          "Role: legal-reviewer, who must not be the filer. Final. Approved fields must be"
              + " requested and within the basis's reach; approving a PRESERVATION request"
              + " places a 90-day hold on each target.")
  @APIResponse(
      responseCode = "200",
      description = "The decided request.",
      content = @Content(schema = @Schema(implementation = LegalRequestView.class)))
  @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown property.")
  @APIResponse(
      responseCode = "403",
      description = "The token lacks the role, or the caller filed this request.")
  @APIResponse(responseCode = "404", description = "No request has this id.")
  @APIResponse(responseCode = "409", description = "The request was already decided.")
  @APIResponse(responseCode = "415", description = "Content-Type is not application/json.")
  @APIResponse(
      responseCode = "422",
      description =
          "A missing approve or reason, or an approved field beyond the basis's reach or not"
              + " requested.")
  public Uni<LegalRequestView> decide(
      @Parameter(description = "The request's id.") @PathParam("id") long id,
      DecisionInput decision) {
    if (decision == null) {
      throw new MalformedRequest("A decision document is required.");
    }
    return reviews.decide(caller.getSubject(), id, decision);
  }

  @POST
  @Path("/{id}/hold-extension")
  @RolesAllowed(Roles.LEGAL_REVIEWER)
  @Operation(
      operationId = "extendLegalHold",
      summary = "Extend a preservation hold",
      description =
          "Role: legal-reviewer. Adds another 90 days to every hold of an approved PRESERVATION"
              + " request; allowed once, while the hold lasts.")
  @APIResponse(
      responseCode = "200",
      description = "The request with its extended hold.",
      content = @Content(schema = @Schema(implementation = LegalRequestView.class)))
  @APIResponse(responseCode = "404", description = "No request has this id.")
  @APIResponse(
      responseCode = "409",
      description =
          "Not an approved PRESERVATION request, already extended once, or the hold has ended.")
  public Uni<LegalRequestView> extendHold(
      @Parameter(description = "The request's id.") @PathParam("id") long id) {
    return reviews.extendHold(caller.getSubject(), id);
  }
}
