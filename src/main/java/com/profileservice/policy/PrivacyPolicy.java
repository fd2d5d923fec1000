package com.profileservice.policy;

import static com.profileservice.policy.Visibility.PRIVATE;
import static com.profileservice.policy.Visibility.PUBLIC;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The privacy policy's field table as data: the single source that the public-view filter, the
 * validation of visibility changes, {@code GET /policy} and the OpenAPI descriptions all read.
 */
public final class PrivacyPolicy {

  /** Changes whenever the table changes, so that recorded decisions name the rules they met. */
  public static final String VERSION = "2026-11-30";

  private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(PUBLIC);
  private static final Set<Visibility> PRIVATE_ONLY = EnumSet.of(PRIVATE);
  private static final Set<Visibility> OWNER_CHOOSES = EnumSet.of(PUBLIC, PRIVATE);

  private static final String CONTACT =
      "Contact details, shown publicly only if the owner chooses to show them.";
  private static final String REGION =
      "Region the owner is listed under in the user directory, if the owner opts in.";

  private static final List<FieldPolicy> FIELDS =
      List.of(
          new FieldPolicy(
              "handle",
              "Names the journal and is listed at the top of it.",
              true,
              PUBLIC_ONLY,
              PUBLIC),
          new FieldPolicy(
              "name",
              "Listed at the top of the journal; it does not have to be a real name.",
              true,
              PUBLIC_ONLY,
              PUBLIC),
          new FieldPolicy(
              "email",
              "Lost-password notices and messages the owner asked for; verified to limit abuse."
                  + " Shown publicly only if the owner chooses to show contact information.",
              true,
              OWNER_CHOOSES,
              PRIVATE),
          new FieldPolicy(
              "birthday",
              "Statistical purposes only; never displayed publicly.",
              false,
              PRIVATE_ONLY,
              PRIVATE),
          new FieldPolicy(
              "gender",
              "Statistical purposes only; never displayed publicly.",
              false,
              PRIVATE_ONLY,
              PRIVATE),
          new FieldPolicy(
              "website",
              "Shown on the public profile so that others may visit it, unless the owner hides it.",
              false,
              OWNER_CHOOSES,
              PUBLIC),
          new FieldPolicy("im.aim", CONTACT, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("im.icq", CONTACT, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("im.yahoo", CONTACT, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("im.msn", CONTACT, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("im.jabber", CONTACT, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("location.city", REGION, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("location.state", REGION, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy("location.country", REGION, false, OWNER_CHOOSES, PRIVATE),
          new FieldPolicy(
              "location.zip",
              "Orders entries within a directory region; never displayed.",
              false,
              PRIVATE_ONLY,
              PRIVATE),
          new FieldPolicy(
              "picture",
              "Represents the owner across the site, unless the owner hides it.",
              false,
              OWNER_CHOOSES,
              PUBLIC),
          new FieldPolicy(
              "phone",
              "Post by Phone only; never displayed and never given to anyone.",
              false,
              PRIVATE_ONLY,
              PRIVATE));

  /** Every consent starts withdrawn: the policy sends only what the owner explicitly asks for. */
  private static final List<ConsentPolicy> CONSENTS =
      List.of(
          new ConsentPolicy(
              "directory_listing", "List me in the user directory under my region.", false),
          new ConsentPolicy(
              "comment_notifications", "Email me when comments are posted to my journal.", false),
          new ConsentPolicy("news", "Send me the service's news.", false),
          new ConsentPolicy(
              "comment_ip_logging",
              "Log the IP addresses of comments posted to my journal, visible to me alone.",
              false));

  private static final Map<String, FieldPolicy> BY_NAME = index(FIELDS);

  private PrivacyPolicy() {}

  /** Every field, in the order views and settings present them. */
  public static List<FieldPolicy> fields() {
    return FIELDS;
  }

  public static Optional<FieldPolicy> field(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static List<ConsentPolicy> consents() {
    return CONSENTS;
  }

  public static Optional<ConsentPolicy> consent(String name) {
    return CONSENTS.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The visibility every field starts with. */
  public static Map<String, Visibility> defaultVisibility() {
    Map<String, Visibility> defaults = new LinkedHashMap<>();
    FIELDS.forEach(f -> defaults.put(f.field(), f.defaultVisibility()));
    return Collections.unmodifiableMap(defaults);
  }

  private static Map<String, FieldPolicy> index(List<FieldPolicy> fields) {
    Map<String, FieldPolicy> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.field(), f));
    return Collections.unmodifiableMap(byName);
  }
}
