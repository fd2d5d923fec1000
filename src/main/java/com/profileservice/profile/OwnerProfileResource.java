package com.profileservice.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.profileservice.common.http.EntityTags;
import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's own profile. It never takes a handle: the caller is always the token's subject, so no
 * user can address another user's private data.
 */
@Path("/me")
@Tag(name = "Owner")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class OwnerProfileResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  private final ProfileService profiles;
  private final JsonWebToken caller;

  public OwnerProfileResource(ProfileService profiles, JsonWebToken caller) {
    this.profiles = profiles;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "getOwnProfile",
      summary = "The caller's own profile",
      description = "Role: user. Every field, set or not.")
  @APIResponse(
      responseCode = "200",
      description = "The owner view.",
      headers = @Header(name = "ETag", description = "Names this version; send it in If-Match."),
      content = @Content(schema = @Schema(implementation = OwnerProfile.class)))
  @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  public Uni<Response> get(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    return profiles
        .ownerView(caller.getSubject())
        .map(
            owner -> {
              String tag = EntityTags.ofVersion(owner.version());
              return EntityTags.listMatches(ifNoneMatch, tag, true)
                  ? withTag(Response.notModified(), tag)
                  : withTag(Response.ok(owner), tag);
            });
  }

  @PATCH
  @Consumes(MERGE_PATCH)
  @Operation(
      operationId = "updateOwnProfile",
      summary = "Change the caller's profile",
      description =
          "Role: user. A JSON merge patch (RFC 7386) of fields and visibility; null clears a"
              + " field or resets its visibility to the default. If-Match is optional; '*' matches"
              + " any version.")
  @RequestBody(
      content =
          @Content(mediaType = MERGE_PATCH, schema = @Schema(ref = ProfileOpenApiFilter.PATCH)))
  @APIResponse(
      responseCode = "200",
      description = "The changed owner view.",
      headers = @Header(name = "ETag", description = "The new version."),
      content = @Content(schema = @Schema(implementation = OwnerProfile.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, or an unknown or server-owned property.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  @APIResponse(
      responseCode = "412",
      description = "If-Match does not name the current version; nothing changed.")
  @APIResponse(
      responseCode = "415",
      description = "Content-Type is not application/merge-patch+json.")
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid values, a visibility the policy does not allow, a changed handle, a card number or an age under 13; nothing changed.")
  public Uni<Response> patch(ObjectNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    if (patch == null) {
      throw new MalformedRequest("A merge patch document is required.");
    }
    return profiles
        .update(caller.getSubject(), patch, ifMatch)
        .map(owner -> withTag(Response.ok(owner), EntityTags.ofVersion(owner.version())));
  }

  /** Cache-Control: no-store is set on every /me answer by common.security.SecurityHeaders. */
  private static Response withTag(Response.ResponseBuilder response, String tag) {
    return response.header(HttpHeaders.ETAG, tag).build();
  }
}
