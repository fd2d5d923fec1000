package com.profileservice.policy;

import java.util.Map;

/**
 * The one place that decides whether a field's value may be shown publicly.
 *
 * <p>A value is shown only when the policy allows the field to be public, the owner's flag for it
 * says PUBLIC, and it holds something. A stored PUBLIC flag on a field the policy keeps private is
 * ignored, so a bad row can never leak such a field.
 */
public final class VisibilityFilter {

  private final Map<String, Visibility> flags;

  public VisibilityFilter(Map<String, Visibility> flags) {
    this.flags = flags;
  }

  public boolean isPublic(String field) {
    FieldPolicy policy =
        PrivacyPolicy.field(field)
            .orElseThrow(() -> new IllegalArgumentException("not a policy field: " + field));
    Visibility flag = flags.getOrDefault(field, policy.defaultVisibility());
    return flag == Visibility.PUBLIC && policy.allows(Visibility.PUBLIC);
  }

  /** The value when the public may see it, otherwise null (so the key is left out). */
  public <T> T shown(String field, T value) {
    if (value instanceof String text && text.isEmpty()) {
      return null;
    }
    return value != null && isPublic(field) ? value : null;
  }
}
