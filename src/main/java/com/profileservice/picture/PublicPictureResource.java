package com.profileservice.picture;

import com.profileservice.common.http.EntityTags;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone's view of a profile picture, while its owner shows it. */
@Path("/profiles/{handle}/picture")
@Tag(name = "Pictures")
public class PublicPictureResource {

  private final PictureService pictures;

  public PublicPictureResource(PictureService pictures) {
    this.pictures = pictures;
  }

  @GET
  @Produces({"image/jpeg", "image/png", "image/gif"})
  @Operation(
      operationId = "getPublicPicture",
      summary = "A profile's picture",
      description =
          "Open to anyone, while the picture's visibility is PUBLIC and the account active.")
  @APIResponse(
      responseCode = "200",
      description = "The picture, in the format it was uploaded in.",
      headers = @Header(name = "ETag", description = "A hash of the picture's bytes."),
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
  @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag.")
  @APIResponse(responseCode = "404", description = "No picture is shown for this handle.")
  public Uni<Response> picture(
      @PathParam("handle") String handle,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return pictures
        .publicPicture(handle)
        .map(
            served -> {
              String tag = "\"" + served.sha256() + "\"";
              Response.ResponseBuilder response =
                  EntityTags.listMatches(ifNoneMatch, tag, true)
                      ? Response.notModified()
                      : Response.ok(served.bytes(), served.contentType());
              // Public caches may keep it, but must ask again, so hiding it takes effect at once.
              return response
                  .header(HttpHeaders.ETAG, tag)
                  .header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
                  .build();
            });
  }
}
