package com.profileservice.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone may see of a profile. The type has no place for a field the policy keeps private
 * (birthday, gender, zip, phone), and absent keys stand for both "hidden" and "empty". Each
 * component is a policy field the public may be shown, filled through {@link ProfileFields}; a test
 * keeps it so. Its JSON is served byte for byte as Jackson writes it, and the ETag hashes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "The public view: only fields whose visibility is PUBLIC and that hold a value. A hidden"
            + " field and an empty one look the same: the key is absent.")
public record PublicProfile(
    String handle,
    String name,
    String email,
    String website,
    PublicIm im,
    PublicLocation location,
    @Schema(description = "Link to the picture, when there is one and it is public.")
        String picture) {

  /** Instant-messenger handles the owner made public; absent when none is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PublicIm(String aim, String icq, String yahoo, String msn, String jabber) {}

  /** The parts of the location the owner made public, never the zip code; absent when none is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PublicLocation(String city, String state, String country) {}
}
