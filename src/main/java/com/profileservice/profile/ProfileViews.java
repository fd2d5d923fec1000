package com.profileservice.profile;

import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.policy.VisibilityFilter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the owner and public views of a stored profile. */
final class ProfileViews {

  private ProfileViews() {}

  /** Every field goes through the policy filter; nothing is shown by a separate rule. */
  static PublicProfile publicView(Profile p) {
    VisibilityFilter filter = new VisibilityFilter(p.visibility);
    return new PublicProfile(
        filter.shown("handle", p.handle),
        filter.shown("name", p.name),
        filter.shown("email", p.email),
        filter.shown("website", p.website),
        PublicProfile.PublicIm.of(
            filter.shown("im.aim", p.imAim),
            filter.shown("im.icq", p.imIcq),
            filter.shown("im.yahoo", p.imYahoo),
            filter.shown("im.msn", p.imMsn),
            filter.shown("im.jabber", p.imJabber)),
        PublicProfile.PublicLocation.of(
            filter.shown("location.city", p.locationCity),
            filter.shown("location.state", p.locationState),
            filter.shown("location.country", p.locationCountry)),
        filter.shown("picture", p.pictureLink()));
  }

  static OwnerProfile ownerView(Profile p, AccountStatus status) {
    return new OwnerProfile(
        p.handle,
        p.name,
        p.email,
        p.emailVerified,
        p.pendingEmail,
        p.birthday,
        p.gender,
        p.website,
        new Im(p.imAim, p.imIcq, p.imYahoo, p.imMsn, p.imJabber),
        new Location(p.locationCity, p.locationState, p.locationCountry, p.locationZip),
        p.pictureLink(),
        p.phone,
        completeVisibility(p.visibility),
        completeConsents(p),
        status,
        p.version,
        p.createdAt,
        p.updatedAt);
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
