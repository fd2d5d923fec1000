package com.profileservice.legal.audit;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legal audit log: read it, and check its hash chain. */
@Path("/legal/audit")
@Tag(name = "Legal")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAuditResource {

  private final AuditService audit;

  public LegalAuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @RolesAllowed({Roles.LEGAL_INTAKE, Roles.LEGAL_REVIEWER})
  @Operation(
      operationId = "listAuditEntries",
      summary = "Read the legal audit log",
      description =
          "Role: legal-intake or legal-reviewer. Every legal action, newest first; entries hold"
              + " actors, actions and request ids, never disclosed values.")
  @APIResponse(responseCode = "200", description = "One page of entries.")
  @APIResponse(responseCode = "422", description = "page or size out of range.")
  public Uni<Page<AuditEntryView>> entries(@BeanParam @Valid PageRequest page) {
    return audit.page(page);
  }

  @GET
  @Path("/verify")
  @RolesAllowed({Roles.LEGAL_INTAKE, Roles.LEGAL_REVIEWER})
  @Operation(
      operationId = "verifyAuditChain",
      summary = "Verify the legal audit log",
      description =
          "Role: legal-intake or legal-reviewer. Recomputes every entry's hash from its stored"
              + " fields and reports the first entry that is missing or altered.")
  @APIResponse(responseCode = "200", description = "The verdict; valid or not, the call succeeds.")
  public Uni<AuditVerification> verify() {
    return audit.verify();
  }
}
