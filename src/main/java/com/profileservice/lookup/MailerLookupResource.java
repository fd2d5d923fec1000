package com.profileservice.lookup;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mailer's one question: may this profile be emailed for this purpose, and where. */
@Path("/internal/profiles/{handle}/email")
@Tag(name = "Internal")
@RolesAllowed(Roles.MAILER)
@Produces(MediaType.APPLICATION_JSON)
public class MailerLookupResource {

  private final LookupService lookups;

  public MailerLookupResource(LookupService lookups) {
    this.lookups = lookups;
  }

  @GET
  @Operation(
      operationId = "releaseEmailForPurpose",
      summary = "An address for one purpose",
      description =
          "Role: mailer. password_reminder, account_status, support, payment and"
              + " community_membership need a verified address and an active account;"
              + " comment_notifications and news also need that consent, granted now.")
  @APIResponse(responseCode = "200", description = "The address.")
  @APIResponse(responseCode = "400", description = "Missing or unknown purpose.")
  @APIResponse(
      responseCode = "403",
      description = "Refused; reason is consent_missing, email_unverified or inactive.")
  @APIResponse(responseCode = "404", description = "No such handle.")
  public Uni<EmailRelease> email(
      @PathParam("handle") String handle,
      @Parameter(
              description = "Why the address is wanted.",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      maxLength = 40,
                      enumeration = {
                        "password_reminder",
                        "account_status",
                        "support",
                        "payment",
                        "community_membership",
                        "comment_notifications",
                        "news"
                      }))
          @QueryParam("purpose")
          String purpose) {
    return lookups.email(handle, purpose);
  }
}
