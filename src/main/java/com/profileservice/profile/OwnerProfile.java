package com.profileservice.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.profileservice.policy.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the owner may see of their own profile: every field, set or not. */
@Schema(description = "The owner's view: every field, the visibility map and bookkeeping.")
public record OwnerProfile(
    String handle,
    String name,
    String email,
    LocalDate birthday,
    Gender gender,
    String website,
    Im im,
    Location location,
    String phone,
    @Schema(description = "Field name to PUBLIC or PRIVATE.") Map<String, Visibility> visibility,
    @Schema(description = "Increases with every change; the ETag is derived from it.") long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The document a merge patch is applied to: what the owner can write, nothing else. */
  @JsonIgnore
  ProfileInput asInput() {
    return new ProfileInput(
        handle,
        name,
        email,
        birthday == null ? null : birthday.toString(),
        gender.name(),
        website,
        im,
        location,
        phone,
        visibility.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e -> e.getValue().name(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new)));
  }
}
