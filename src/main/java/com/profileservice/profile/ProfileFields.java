package com.profileservice.profile;

import static com.profileservice.profile.FieldCheck.countryCode;
import static com.profileservice.profile.FieldCheck.e164;
import static com.profileservice.profile.FieldCheck.emailAddress;
import static com.profileservice.profile.FieldCheck.httpUrl;
import static com.profileservice.profile.FieldCheck.isoDate;
import static com.profileservice.profile.FieldCheck.matches;
import static com.profileservice.profile.FieldCheck.maxLength;
import static com.profileservice.profile.FieldCheck.minimumAge;
import static com.profileservice.profile.FieldCheck.noCardNumber;
import static com.profileservice.profile.FieldCheck.notInFuture;
import static com.profileservice.profile.FieldCheck.oneOf;
import static com.profileservice.profile.ProfileField.byOwner;
import static com.profileservice.profile.ProfileField.text;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The binding of every policy field to the code, one entry per row of {@code
 * PrivacyPolicy.fields()} and in its order (a test holds them equal). The views, the validator, the
 * legal records, the OpenAPI description and the tests loop over it; none of them names a field.
 *
 * <p>Adding a field: a row in the policy table, an entry here, then what the compiler and the
 * binding tests point at (the entity column with its migration, and the field's component in the
 * API records).
 */
final class ProfileFields {

  private static final int SHORT_TEXT = 100;

  static final ProfileField<String> HANDLE =
      ProfileField.onCreation("handle", p -> p.handle, (p, v) -> p.handle = v)
          .checkedBy(matches(HandleFormat.PATTERN, HandleFormat.RULE), noCardNumber())
          .example("alice");

  static final ProfileField<String> EMAIL =
      ProfileField.onVerification(
              "email", p -> p.email, (p, v) -> p.email = v, Profile::requestedEmail)
          .checkedBy(maxLength(254), emailAddress(), noCardNumber())
          .example("alice@example.org");

  /*
   * Gender and phone are not screened for card numbers: a gender is one of three words, and E.164
   * numbers of 13 to 15 digits pass the Luhn check one time in ten (the E.164 rule already keeps
   * any other text out of the phone field).
   */
  private static final List<ProfileField<?>> ALL =
      List.of(
          HANDLE,
          text("name", p -> p.name, (p, v) -> p.name = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("Alice Liddell"),
          EMAIL,
          byOwner("birthday", p -> p.birthday, (p, v) -> p.birthday = v, LocalDate::parse)
              .checkedBy(isoDate(), notInFuture(), minimumAge(), noCardNumber())
              .example("1990-05-04"),
          byOwner("gender", p -> p.gender, (p, v) -> p.gender = v, Gender::valueOf)
              .whenEmpty(Gender.UNSPECIFIED)
              .checkedBy(oneOf(Gender.class))
              .example("FEMALE"),
          text("website", p -> p.website, (p, v) -> p.website = v)
              .checkedBy(maxLength(2048), httpUrl(), noCardNumber())
              .example("https://alice.example.org/"),
          text("im.aim", p -> p.imAim, (p, v) -> p.imAim = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("aliceaim"),
          text("im.icq", p -> p.imIcq, (p, v) -> p.imIcq = v)
              .checkedBy(
                  maxLength(SHORT_TEXT),
                  matches(Pattern.compile("[0-9]+"), "must contain digits only"),
                  noCardNumber())
              .example("12345"),
          text("im.yahoo", p -> p.imYahoo, (p, v) -> p.imYahoo = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("alice_yahoo"),
          text("im.msn", p -> p.imMsn, (p, v) -> p.imMsn = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("alice@msn.example.org"),
          text("im.jabber", p -> p.imJabber, (p, v) -> p.imJabber = v)
              .checkedBy(
                  maxLength(SHORT_TEXT),
                  matches(
                      Pattern.compile("[^@\\s]+@[^@\\s]+"),
                      "must be a Jabber address (user@domain)"),
                  noCardNumber())
              .example("alice@jabber.example.org"),
          text("location.city", p -> p.locationCity, (p, v) -> p.locationCity = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("Utrecht"),
          text("location.state", p -> p.locationState, (p, v) -> p.locationState = v)
              .checkedBy(maxLength(SHORT_TEXT), noCardNumber())
              .example("Utrecht"),
          byOwner(
                  "location.country",
                  p -> p.locationCountry,
                  (p, v) -> p.locationCountry = v,
                  code -> code.toUpperCase(Locale.ROOT))
              .checkedBy(countryCode(), noCardNumber())
              .example("NL"),
          text("location.zip", p -> p.locationZip, (p, v) -> p.locationZip = v)
              .checkedBy(maxLength(10), noCardNumber())
              .example("3511"),
          ProfileField.elsewhere(
              "picture", "picture_sha256", (p, v) -> p.pictureSha256 = v, Profile::pictureLink),
          text("phone", p -> p.phone, (p, v) -> p.phone = v)
              .checkedBy(e164())
              .example("+31612345678"));

  private static final Map<String, ProfileField<?>> BY_NAME = index(ALL);

  private static final List<ProfileField<?>> IN_DOCUMENT =
      ALL.stream().filter(ProfileField::inDocument).toList();

  private static final List<ProfileField<?>> BY_OWNER =
      ALL.stream().filter(f -> f.writing() == ProfileField.Writing.BY_OWNER).toList();

  private ProfileFields() {}

  /** Every field, in policy order. */
  static List<ProfileField<?>> all() {
    return ALL;
  }

  /** The fields of the owner's document ({@link ProfileInput}): all but those set elsewhere. */
  static List<ProfileField<?>> inDocument() {
    return IN_DOCUMENT;
  }

  /** The fields every valid document overwrites. */
  static List<ProfileField<?>> writtenByOwner() {
    return BY_OWNER;
  }

  static Optional<ProfileField<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The field of that name; an unbound name is a programming error. */
  static ProfileField<?> named(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no bound field: " + name));
  }

  private static Map<String, ProfileField<?>> index(List<ProfileField<?>> fields) {
    Map<String, ProfileField<?>> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    return Collections.unmodifiableMap(byName);
  }
}
