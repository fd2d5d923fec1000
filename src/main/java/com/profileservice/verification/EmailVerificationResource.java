package com.profileservice.verification;

import com.profileservice.common.problem.MalformedRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Confirming an address with the code from a message; no login needed. */
@Path("/email-verifications")
@Tag(name = "Email verification")
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

  private final VerificationService verifications;

  public EmailVerificationResource(VerificationService verifications) {
    this.verifications = verifications;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "verifyEmail",
      summary = "Verify an email address",
      description =
          "Open to anyone holding a code: the code itself is the proof. The address becomes the"
              + " one in use and the account active.")
  @APIResponse(responseCode = "204", description = "Verified.")
  @APIResponse(responseCode = "400", description = "Unknown or malformed token.")
  @APIResponse(responseCode = "410", description = "The token was used, expired or superseded.")
  public Uni<Response> verify(@Valid VerificationRequest request) {
    if (request == null) {
      throw new MalformedRequest("A body with the token is required.");
    }
    return verifications.verify(request.token()).map(done -> Response.noContent().build());
  }
}
