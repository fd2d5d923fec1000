package com.profileservice.verification;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Asking for a new verification message for the caller's own profile. */
@Path("/me/email-verification")
@RolesAllowed(Roles.USER)
@Tag(name = "Email verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResendResource {

  private final VerificationService verifications;
  private final JsonWebToken caller;

  public VerificationResendResource(VerificationService verifications, JsonWebToken caller) {
    this.verifications = verifications;
    this.caller = caller;
  }

  @POST
  @Operation(
      operationId = "resendEmailVerification",
      summary = "Send a new verification message",
      description =
          "Role: user. To the pending address, or to the address in use while unverified. At most"
              + " one message a minute; earlier codes stop working.")
  @APIResponse(responseCode = "202", description = "A message is on its way.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  @APIResponse(responseCode = "409", description = "Nothing to verify.")
  @APIResponse(
      responseCode = "429",
      description = "Too soon after the last message; see Retry-After.")
  public Uni<Response> resend() {
    return verifications.resend(caller.getSubject()).map(done -> Response.accepted().build());
  }
}
