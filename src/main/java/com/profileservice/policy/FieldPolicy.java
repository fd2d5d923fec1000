package com.profileservice.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the policy's field table: why a field is held and who may ever see it. */
@Schema(description = "How the privacy policy treats one profile field.")
public record FieldPolicy(
    @Schema(
            description = "Field name, as used in views and in the visibility map.",
            example = "email")
        String field,
    @Schema(description = "Why the service holds this field, in the policy's words.")
        String purpose,
    @Schema(description = "Whether a profile must hold a value.") boolean required,
    @Schema(description = "The visibilities the owner may choose.")
        Set<Visibility> allowedVisibilities,
    @Schema(description = "Visibility of the field until the owner changes it.")
        Visibility defaultVisibility) {

  public FieldPolicy {
    // An EnumSet keeps the declared order, so documents and messages list them stably.
    allowedVisibilities = Collections.unmodifiableSet(EnumSet.copyOf(allowedVisibilities));
    if (!allowedVisibilities.contains(defaultVisibility)) {
      throw new IllegalArgumentException(field + ": default visibility must be allowed");
    }
  }

  public boolean allows(Visibility visibility) {
    return allowedVisibilities.contains(visibility);
  }

  /** True for fields the policy never lets anyone but the owner see. */
  public boolean alwaysPrivate() {
    return !allows(Visibility.PUBLIC);
  }
}
