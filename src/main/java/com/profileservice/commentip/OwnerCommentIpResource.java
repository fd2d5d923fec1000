package com.profileservice.commentip;

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

/** The journal owner's own comment-IP log; nobody else can read it. */
@Path("/me/comment-ips")
@Tag(name = "Owner")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class OwnerCommentIpResource {

  private final CommentIpService commentIps;
  private final JsonWebToken caller;

  public OwnerCommentIpResource(CommentIpService commentIps, JsonWebToken caller) {
    this.commentIps = commentIps;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listOwnCommentIps",
      summary = "Addresses of comments on the caller's journal",
      description = "Role: user. Newest first.")
  @APIResponse(responseCode = "200", description = "One page of entries.")
  @APIResponse(responseCode = "404", description = "The caller has no profile yet.")
  @APIResponse(responseCode = "422", description = "page or size out of range.")
  public Uni<Page<CommentIpEntry>> log(@BeanParam @Valid PageRequest page) {
    return commentIps.ownerLog(caller.getSubject(), page);
  }
}
