package com.profileservice.profile;

import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.policy.VisibilityFilter;
import com.profileservice.profile.RecordPaths.EmptyGroups;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the public view, the owner view and the owner's writable document of a stored profile.
 * Each record component that is a policy field is filled from {@link ProfileFields}; none is named
 * here.
 */
final class ProfileViews {

  private ProfileViews() {}

  /** Every field goes through the policy filter; nothing is shown by a separate rule. */
  static PublicProfile publicView(Profile p) {
    VisibilityFilter filter = new VisibilityFilter(p.visibility);
    return RecordPaths.build(
        PublicProfile.class,
        name -> filter.shown(name, ProfileFields.named(name).read(p)),
        EmptyGroups.LEFT_OUT);
  }

  static OwnerProfile ownerView(Profile p, AccountStatus status) {
    Map<String, Object> account = accountState(p, status);
    return RecordPaths.build(
        OwnerProfile.class,
        name -> account.containsKey(name) ? account.get(name) : ProfileFields.named(name).read(p),
        EmptyGroups.KEPT);
  }

  /** The document a merge patch is applied to: what the owner can write, nothing else. */
  static ProfileInput document(Profile p) {
    Map<String, String> visibility = new LinkedHashMap<>();
    completeVisibility(p.visibility).forEach((field, flag) -> visibility.put(field, flag.name()));
    return RecordPaths.build(
        ProfileInput.class,
        name ->
            name.equals("visibility")
                ? visibility
                : ProfileField.asText(ProfileFields.named(name).requested(p)),
        EmptyGroups.KEPT);
  }

  /** The owner view's components that are not policy fields: the state of the account. */
  static Map<String, Object> accountState(Profile p, AccountStatus status) {
    Map<String, Object> state = new HashMap<>();
    state.put("emailVerified", p.emailVerified);
    state.put("pendingEmail", p.pendingEmail);
    state.put("visibility", completeVisibility(p.visibility));
    state.put("consents", completeConsents(p));
    state.put("status", status);
    state.put("version", p.version);
    state.put("createdAt", p.createdAt);
    state.put("updatedAt", p.updatedAt);
    return state;
  }

  private static Map<String, Boolean> completeConsents(Profile p) {
    Map<String, Boolean> complete = new LinkedHashMap<>();
    PrivacyPolicy.consents().forEach(c -> complete.put(c.name(), p.consented(c.name())));
    return complete;
  }

  /** Every policy field in policy order, defaulted where the stored map has no entry. */
  private static Map<String, Visibility> completeVisibility(Map<String, Visibility> stored) {
    Map<String, Visibility> complete = new LinkedHashMap<>();
    PrivacyPolicy.fields()
        .forEach(
            f -> complete.put(f.field(), stored.getOrDefault(f.field(), f.defaultVisibility())));
    return complete;
  }
}
