package com.profileservice.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Instant-messenger handles, as the owner enters and sees them. */
@Schema(description = "Instant-messenger contact handles.")
public record Im(
    @Size(max = 100) String aim,
    @Size(max = 100) @Pattern(regexp = "[0-9]+", message = "must contain digits only") String icq,
    @Size(max = 100) String yahoo,
    @Size(max = 100) String msn,
    @Size(max = 100)
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "must be a Jabber address (user@domain)")
        @Schema(example = "alice@jabber.example.org")
        String jabber) {

  static final Im EMPTY = new Im(null, null, null, null, null);
}
