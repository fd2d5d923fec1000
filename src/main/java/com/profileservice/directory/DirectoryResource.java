package com.profileservice.directory;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public user directory of owners who asked to be listed, and its regions. */
@Path("/directory")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  private final DirectoryService directory;

  public DirectoryResource(DirectoryService directory) {
    this.directory = directory;
  }

  @GET
  @Operation(
      operationId = "listDirectory",
      summary = "List the directory",
      description =
          "Role: anyone, no token needed. Handle, name and region (country, state, city as"
              + " entered) of active profiles whose owners consent to directory_listing now and"
              + " gave a country. Ordered by country, state, city (ignoring case), then by zip,"
              + " which is never shown, and handle. All filters match ignoring case. Page on"
              + " with the next cursor and the same filters.")
  @APIResponse(responseCode = "200", description = "One page of entries and the next cursor.")
  @APIResponse(
      responseCode = "400",
      description = "The cursor is not one this service issued for these filters.")
  @APIResponse(
      responseCode = "422",
      description =
          "limit outside 1-100, a country that is not two letters, or a state or city"
              + " over 100 characters.")
  public Uni<DirectoryPage> list(@BeanParam @Valid DirectoryQuery query) {
    return directory.page(query);
  }

  @GET
  @Path("/regions")
  @Operation(
      operationId = "countDirectoryRegions",
      summary = "Counts per region",
      description =
          "Role: anyone, no token needed. How many are listed per country and per state"
              + " within it, counting the same profiles as the directory itself.")
  @APIResponse(responseCode = "200", description = "Counts per country and state.")
  public Uni<DirectoryRegions> regions() {
    return directory.regions();
  }
}
