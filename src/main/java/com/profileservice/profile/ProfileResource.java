package com.profileservice.profile;

import com.profileservice.common.http.EntityTags;
import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creating a profile, and anyone's public view of one. */
@Path("/profiles")
@Tag(name = "Profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

  private final ProfileService profiles;
  private final PublicViews views;
  private final JsonWebToken caller;

  public ProfileResource(ProfileService profiles, PublicViews views, JsonWebToken caller) {
    this.profiles = profiles;
    this.views = views;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Roles.USER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createProfile",
      summary = "Create the caller's profile",
      description = "Role: user. The profile is bound to the token's subject; one per subject.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the public view.",
      headers = @Header(name = "ETag", description = "Version of the owner view."),
      content = @Content(schema = @Schema(implementation = OwnerProfile.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, or an unknown or server-owned property.")
  @APIResponse(
      responseCode = "409",
      description = "The caller already has a profile, or the handle is taken.")
  @APIResponse(responseCode = "415", description = "Content-Type is not application/json.")
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid values, a payment card number in a text field, or an age under 13; nothing is stored.")
  public Uni<Response> create(ProfileInput input) {
    if (input == null) {
      throw new MalformedRequest("A profile document is required.");
    }
    return profiles
        .create(caller.getSubject(), input)
        .map(
            owner ->
                Response.created(URI.create("/profiles/" + owner.handle()))
                    .header(HttpHeaders.ETAG, EntityTags.ofVersion(owner.version()))
                    .entity(owner)
                    .build());
  }

  @GET
  @Path("/{handle}")
  @Operation(
      operationId = "getPublicProfile",
      summary = "Public view of a profile",
      description =
          "Open to anyone. Only fields whose visibility is PUBLIC and that hold a value appear.")
  @APIResponse(
      responseCode = "200",
      description = "The public view.",
      headers = @Header(name = "ETag", description = "Changes whenever the public view changes."),
      content = @Content(schema = @Schema(implementation = PublicProfile.class)))
  @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag.")
  @APIResponse(responseCode = "404", description = "No such handle.")
  public Uni<Response> publicView(
      @PathParam("handle") String handle,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return Uni.createFrom()
        .completionStage(() -> views.view(handle).toCompletionStage())
        .map(view -> conditional(view, ifNoneMatch));
  }

  private static Response conditional(RenderedView view, String ifNoneMatch) {
    // Shared caches must revalidate, so hiding a field takes effect for the very next reader.
    Response.ResponseBuilder response =
        view.matchedBy(ifNoneMatch)
            ? Response.notModified()
            : Response.ok(view.body(), MediaType.APPLICATION_JSON);
    return response
        .header(HttpHeaders.ETAG, view.etag())
        .header(HttpHeaders.CACHE_CONTROL, PublicViewRoute.REVALIDATE)
        .build();
  }
}
