package com.profileservice.profile;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the owner lives, as the owner enters and sees it. */
@Schema(description = "Location; the country is an ISO 3166-1 alpha-2 code.")
public record Location(
    @Size(max = 100) String city,
    @Size(max = 100) String state,
    @Schema(example = "NL") String country,
    @Size(max = 10) String zip) {

  static final Location EMPTY = new Location(null, null, null, null);
}
