package com.profileservice.legal.disclosure;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's notice of disclosures of their data. Never takes a handle: the caller is the sub. */
@Path("/me/disclosures")
@Tag(name = "Owner")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureNoticeResource {

  private final DisclosureService disclosures;
  private final JsonWebToken caller;

  public DisclosureNoticeResource(DisclosureService disclosures, JsonWebToken caller) {
    this.disclosures = disclosures;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listOwnDisclosures",
      summary = "Disclosures of the caller's data",
      description =
          "Role: user. Each fulfilled legal request that named the caller's account: when, under"
              + " what basis, by which authority, and which fields. A request under a"
              + " non-disclosure order shows only once that order has passed.")
  @APIResponse(responseCode = "200", description = "One page of notices, newest first.")
  @APIResponse(responseCode = "422", description = "A paging parameter is out of range.")
  public Uni<Page<DisclosureNotice>> list(@BeanParam @Valid PageRequest page) {
    return disclosures.noticesFor(caller.getSubject(), page);
  }
}
