package com.profileservice.selfservice;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's copy of everything held about them, and erasure. */
@Path("/me")
@Tag(name = "Owner")
@RolesAllowed(Roles.USER)
public class SelfServiceResource {

  private final ExportService exports;
  private final ErasureService erasures;
  private final JsonWebToken caller;

  public SelfServiceResource(ExportService exports, ErasureService erasures, JsonWebToken caller) {
    this.exports = exports;
    this.erasures = erasures;
    this.caller = caller;
  }

  @GET
  @Path("/export")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportOwnData",
      summary = "Everything held about the caller",
      description =
          "Role: user. One document: the profile with its visibility and consents, the consent"
              + " ledger, the comment-IP log, picture metadata, and disclosures already noticed.")
  @APIResponse(
      responseCode = "200",
      description = "The export.",
      content = @Content(schema = @Schema(implementation = ExportDocument.class)))
  @APIResponse(responseCode = "404", description = "The caller has no profile.")
  public Uni<Map<String, Object>> export() {
    return exports.export(caller.getSubject());
  }

  @DELETE
  @Operation(
      operationId = "eraseOwnProfile",
      summary = "Erase the caller's profile",
      description =
          "Role: user. Deletes the profile and all its data; what a legal hold covers is kept,"
              + " out of the owner API's reach, until the hold ends.")
  @APIResponse(responseCode = "204", description = "Erased.")
  @APIResponse(responseCode = "404", description = "The caller has no profile.")
  public Uni<Response> erase() {
    return erasures.erase(caller.getSubject()).map(done -> Response.noContent().build());
  }
}
