package com.profileservice.commentip;

import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The comments service reports the address of each comment on a journal. */
@Path("/internal/profiles/{handle}/comment-ips")
@Tag(name = "Internal")
@RolesAllowed(Roles.COMMENTS)
@Produces(MediaType.APPLICATION_JSON)
public class CommentIpResource {

  private final CommentIpService commentIps;

  public CommentIpResource(CommentIpService commentIps) {
    this.commentIps = commentIps;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reportCommentIp",
      summary = "Report a comment's address",
      description =
          "Role: comments. Stored only while the journal's owner consents to comment_ip_logging;"
              + " otherwise accepted and dropped.")
  @APIResponse(responseCode = "201", description = "Stored.")
  @APIResponse(responseCode = "202", description = "Accepted and dropped: nothing stored.")
  @APIResponse(responseCode = "400", description = "Malformed body.")
  @APIResponse(responseCode = "404", description = "No such handle.")
  @APIResponse(responseCode = "422", description = "Invalid address, or missing fields.")
  public Uni<Response> report(@PathParam("handle") String handle, @Valid CommentIpReport report) {
    if (report == null) {
      throw new MalformedRequest("A comment report is required.");
    }
    return commentIps
        .record(handle, report)
        .map(stored -> Response.status(stored ? 201 : 202).build());
  }
}
