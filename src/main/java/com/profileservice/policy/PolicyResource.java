package com.profileservice.policy;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves the privacy policy's rules to anyone. */
@Path("/policy")
@Tag(name = "Policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @GET
  @Operation(
      operationId = "getPolicy",
      summary = "The privacy policy as data",
      description =
          "Open to anyone. Fields, their purposes, and the visibilities allowed for each.")
  public Uni<PolicyDocument> policy() {
    return Uni.createFrom().item(PolicyDocument.current());
  }
}
