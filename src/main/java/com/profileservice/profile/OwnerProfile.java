package com.profileservice.profile;

import com.profileservice.policy.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the owner may see of their own profile: every field, set or not. A component is either
 * a policy field, filled through {@link ProfileFields}, or account state ({@link
 * ProfileViews#accountState}); a test keeps it so.
 */
@Schema(description = "The owner's view: every field, the visibility map, consents and status.")
public record OwnerProfile(
    String handle,
    String name,
    @Schema(description = "The address in use.") String email,
    @Schema(description = "Whether the address in use is verified.") boolean emailVerified,
    @Schema(
            description =
                "An address waiting for verification; the address in use stays until then.")
        String pendingEmail,
    LocalDate birthday,
    Gender gender,
    String website,
    Im im,
    Location location,
    @Schema(description = "Link to the picture, if there is one; set with PUT /me/picture.")
        String picture,
    String phone,
    @Schema(description = "Field name to PUBLIC or PRIVATE.") Map<String, Visibility> visibility,
    @Schema(description = "Consent name to granted; changed only through /me/consents.")
        Map<String, Boolean> consents,
    @Schema(description = "INACTIVE once the address stays unverified past the grace period.")
        AccountStatus status,
    @Schema(description = "Increases with every change; the ETag is derived from it.") long version,
    Instant createdAt,
    Instant updatedAt) {}
