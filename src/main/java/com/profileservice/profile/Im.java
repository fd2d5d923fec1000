package com.profileservice.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Instant-messenger handles, as the owner enters and sees them; checked by {@link ProfileFields}.
 */
@Schema(description = "Instant-messenger contact handles.")
public record Im(String aim, String icq, String yahoo, String msn, String jabber) {}
