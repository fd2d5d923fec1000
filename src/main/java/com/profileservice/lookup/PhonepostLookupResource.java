package com.profileservice.lookup;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Post by Phone resolves a caller's number to the journal to post to. */
@Path("/internal/phonepost/{e164}")
@Tag(name = "Internal")
@RolesAllowed(Roles.PHONEPOST)
@Produces(MediaType.APPLICATION_JSON)
public class PhonepostLookupResource {

  private final LookupService lookups;

  public PhonepostLookupResource(LookupService lookups) {
    this.lookups = lookups;
  }

  @GET
  @Operation(
      operationId = "findPhonepostOwner",
      summary = "The handle owning a phone number",
      description = "Role: phonepost. Only the handle; nothing else about the profile.")
  @APIResponse(responseCode = "200", description = "The handle.")
  @APIResponse(responseCode = "404", description = "No active profile lists this number.")
  @APIResponse(responseCode = "409", description = "Several active profiles list this number.")
  public Uni<PhoneOwner> owner(
      @Parameter(
              description = "An E.164 number; its + percent-encoded as %2B.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^\\+[1-9][0-9]{1,14}$",
                      maxLength = 16))
          @PathParam("e164")
          String e164) {
    return lookups.phoneOwner(e164);
  }
}
