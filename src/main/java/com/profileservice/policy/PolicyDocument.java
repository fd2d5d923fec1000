package com.profileservice.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The policy as served to frontends, which render settings screens from it. */
@Schema(description = "The privacy policy as data.")
public record PolicyDocument(
    @Schema(description = "Version of these rules.", example = PrivacyPolicy.VERSION)
        String version,
    @Schema(description = "Every profile field with its purpose and visibility rules.")
        List<FieldPolicy> fields,
    @Schema(description = "Every consent, its meaning and its default.")
        List<ConsentPolicy> consents,
    @Schema(
            description =
                "For each legal basis, the records a request under it can reach: profile field"
                    + " names, createdAt and comment_ips.")
        Map<LegalBasis, List<String>> legalReach) {

  public static PolicyDocument current() {
    Map<LegalBasis, List<String>> legalReach = new EnumMap<>(LegalBasis.class);
    for (LegalBasis basis : LegalBasis.values()) {
      legalReach.put(basis, basis.reach());
    }
    return new PolicyDocument(
        PrivacyPolicy.VERSION, PrivacyPolicy.fields(), PrivacyPolicy.consents(), legalReach);
  }
}
