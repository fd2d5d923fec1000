package com.profileservice.picture;

import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's picture: upload and removal. */
@Path("/me/picture")
@Tag(name = "Pictures")
@RolesAllowed(Roles.USER)
public class OwnerPictureResource {

  private final PictureService pictures;
  private final JsonWebToken caller;

  public OwnerPictureResource(PictureService pictures, JsonWebToken caller) {
    this.pictures = pictures;
    this.caller = caller;
  }

  @PUT
  @Consumes({"image/jpeg", "image/png", "image/gif"})
  @Operation(
      operationId = "uploadOwnPicture",
      summary = "Upload the caller's picture",
      description =
          "Role: user. The raw bytes, at most 40 KB and 100x100 pixels. The bytes must be of the"
              + " declared type: the signature is checked, not the header trusted.")
  @RequestBody(
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 40_960)),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 40_960)),
        @Content(
            mediaType = "image/gif",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 40_960))
      })
  @APIResponse(responseCode = "204", description = "Stored.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  @APIResponse(responseCode = "413", description = "More than 40 KB.")
  @APIResponse(
      responseCode = "415",
      description = "Not image/jpeg, image/png or image/gif, or bytes of another type.")
  @APIResponse(responseCode = "422", description = "Larger than 100x100 pixels, or unreadable.")
  public Uni<Response> upload(byte[] bytes, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
    // @Consumes also admits a request without a Content-Type (when it has no body) and
    // wildcards such as image/*, which name no format.
    PictureFormat declared =
        Optional.ofNullable(type)
            .flatMap(t -> PictureFormat.ofMediaType(t.getType() + "/" + t.getSubtype()))
            .orElseThrow(PictureProblems.UnsupportedType::new);
    return pictures
        .store(caller.getSubject(), declared, bytes == null ? new byte[0] : bytes)
        .map(done -> Response.noContent().build());
  }

  @DELETE
  @Operation(
      operationId = "deleteOwnPicture",
      summary = "Remove the caller's picture",
      description = "Role: user.")
  @APIResponse(responseCode = "204", description = "Removed, or there was none.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  public Uni<Response> delete() {
    return pictures.delete(caller.getSubject()).map(done -> Response.noContent().build());
  }
}
