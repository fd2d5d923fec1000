package com.profileservice.consent;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import com.profileservice.ledger.LedgerEntryView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's consents, changed only here, and their history. */
@Path("/me/consents")
@Tag(name = "Consents")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

  private final ConsentService consents;
  private final JsonWebToken caller;

  public ConsentResource(ConsentService consents, JsonWebToken caller) {
    this.consents = consents;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listConsents",
      summary = "The caller's consents",
      description = "Role: user.")
  @APIResponse(responseCode = "200", description = "Every consent with its current state.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  public Uni<List<ConsentState>> current() {
    return consents.current(caller.getSubject());
  }

  @PUT
  @Path("/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setConsent",
      summary = "Grant or withdraw a consent",
      description =
          "Role: user. Takes effect for the very next reader. Setting the value it already has"
              + " records nothing.")
  @APIResponse(responseCode = "200", description = "The consent as it now stands.")
  @APIResponse(responseCode = "400", description = "Malformed body.")
  @APIResponse(responseCode = "404", description = "Unknown consent, or no profile yet.")
  @APIResponse(responseCode = "422", description = "granted is missing.")
  public Uni<ConsentState> change(@PathParam("name") String name, @Valid ConsentChange change) {
    if (change == null) {
      throw new MalformedRequest("A body with granted is required.");
    }
    return consents.change(caller.getSubject(), name, change.granted());
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "listConsentHistory",
      summary = "The caller's consent and visibility history",
      description = "Role: user. Every recorded change, newest first.")
  @APIResponse(responseCode = "200", description = "One page of ledger entries.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  @APIResponse(responseCode = "422", description = "page or size out of range.")
  public Uni<Page<LedgerEntryView>> history(@BeanParam @Valid PageRequest page) {
    return consents.history(caller.getSubject(), page);
  }
}
