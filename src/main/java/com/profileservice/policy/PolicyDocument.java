package com.profileservice.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The policy as served to frontends, which render settings screens from it. */
@Schema(description = "The privacy policy as data.")
public record PolicyDocument(
    @Schema(description = "Version of these rules.", example = PrivacyPolicy.VERSION)
        String version,
    @Schema(description = "Every profile field with its purpose and visibility rules.")
        List<FieldPolicy> fields,
    @Schema(description = "Every consent, its meaning and its default.")
        List<ConsentPolicy> consents) {

  public static PolicyDocument current() {
    return new PolicyDocument(
        PrivacyPolicy.VERSION, PrivacyPolicy.fields(), PrivacyPolicy.consents());
  }
}
