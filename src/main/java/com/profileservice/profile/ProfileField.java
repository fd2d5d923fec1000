package com.profileservice.profile;

import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.profile.FieldCheck.CheckContext;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one policy field meets the code: where the entity keeps it, how the owner's document writes
 * it and which checks its text must pass. Whether it is required and who may see it are read from
 * its row of the policy table, never restated here. {@link ProfileFields} holds one per row.
 *
 * <p>The field's name is also its path in the API records: {@code im.aim} is component {@code aim}
 * of component {@code im} of {@link OwnerProfile}, {@link PublicProfile} and {@link ProfileInput}.
 */
final class ProfileField<T> {

  /** Worded as Bean Validation's {@code @NotBlank}, which the name field carried before. */
  static final String REQUIRED = "must not be blank";

  /** How the owner's document reaches the stored value. */
  enum Writing {
    /** Every valid document's value is stored. */
    BY_OWNER,
    /** Stored when the profile is created; later documents may only repeat it. */
    ON_CREATION,
    /** Stored as requested, and in use once verified; see {@code ProfileService.requestEmail}. */
    ON_VERIFICATION,
    /** Not in the document: another feature sets it (the picture, by {@code PUT /me/picture}). */
    ELSEWHERE
  }

  private final FieldPolicy policy;
  private final Writing writing;
  private final Stored stored;
  private final Function<Profile, T> read;
  private final Function<Profile, T> requested;
  private final BiConsumer<Profile, T> write;
  private final Function<String, T> parse;
  private final T noValue;
  private final List<FieldCheck> checks;
  private final String example;

  private ProfileField(
      String name,
      Writing writing,
      Stored stored,
      Function<Profile, T> read,
      Function<Profile, T> requested,
      BiConsumer<Profile, T> write,
      Function<String, T> parse,
      T noValue,
      List<FieldCheck> checks,
      String example) {
    this.policy =
        PrivacyPolicy.field(name)
            .orElseThrow(() -> new IllegalArgumentException("not a policy field: " + name));
    this.writing = writing;
    this.stored = stored;
    this.read = read;
    this.requested = requested;
    this.write = write;
    this.parse = parse;
    this.noValue = noValue;
    this.checks = List.copyOf(checks);
    this.example = example;
  }

  /** A text the owner writes; a blank one is stored as null. */
  static ProfileField<String> text(
      String name, Function<Profile, String> read, BiConsumer<Profile, String> write) {
    return byOwner(name, read, write, text -> text);
  }

  /** A value the owner writes, stored as {@code parse} reads its text; blank text is null. */
  static <T> ProfileField<T> byOwner(
      String name,
      Function<Profile, T> read,
      BiConsumer<Profile, T> write,
      Function<String, T> parse) {
    return new ProfileField<>(
        name,
        Writing.BY_OWNER,
        Stored.column(
            name.replace('.', '_'),
            (p, text) -> write.accept(p, text == null ? null : parse.apply(text))),
        read,
        read,
        write,
        parse,
        null,
        List.of(),
        null);
  }

  static ProfileField<String> onCreation(
      String name, Function<Profile, String> read, BiConsumer<Profile, String> load) {
    return new ProfileField<>(
        name,
        Writing.ON_CREATION,
        Stored.column(name.replace('.', '_'), load),
        read,
        read,
        null,
        text -> text,
        null,
        List.of(),
        null);
  }

  /** {@code read} gives the value in use, {@code requested} the one the owner asked for last. */
  static ProfileField<String> onVerification(
      String name,
      Function<Profile, String> read,
      BiConsumer<Profile, String> load,
      Function<Profile, String> requested) {
    return new ProfileField<>(
        name,
        Writing.ON_VERIFICATION,
        Stored.column(name.replace('.', '_'), load),
        read,
        requested,
        null,
        text -> text,
        null,
        List.of(),
        null);
  }

  /**
   * Set by another feature and derived from what {@code column} holds ({@code load} puts the
   * column's text on the entity, {@code read} makes the value shown from it).
   */
  static ProfileField<String> elsewhere(
      String name,
      String column,
      BiConsumer<Profile, String> load,
      Function<Profile, String> read) {
    return new ProfileField<>(
        name,
        Writing.ELSEWHERE,
        Stored.column(column, load),
        read,
        read,
        null,
        null,
        null,
        List.of(),
        null);
  }

  ProfileField<T> checkedBy(FieldCheck... checks) {
    return new ProfileField<>(
        name(), writing, stored, read, requested, write, parse, noValue, List.of(checks), example);
  }

  /** The value stored for a blank or absent text, instead of null. */
  ProfileField<T> whenEmpty(T noValue) {
    return new ProfileField<>(
        name(), writing, stored, read, requested, write, parse, noValue, checks, example);
  }

  /** A valid value, shown in the API description and used by tests. */
  ProfileField<T> example(String example) {
    return new ProfileField<>(
        name(), writing, stored, read, requested, write, parse, noValue, checks, example);
  }

  String name() {
    return policy.field();
  }

  FieldPolicy policy() {
    return policy;
  }

  Writing writing() {
    return writing;
  }

  /** The column of table {@code profile} that holds the field. */
  String column() {
    return stored.column();
  }

  /**
   * Puts the column's text (null: empty) on an entity that SQL outside Hibernate read, so that
   * {@link #read} gives what it gives for a stored profile; see {@code PublicViewQuery}.
   */
  void load(Profile profile, String columnText) {
    if (stored.load() == null) {
      throw new IllegalStateException(name() + " has no loader");
    }
    stored.load().accept(profile, columnText);
  }

  /** Where the field is kept: the column, and how its text is put on the entity. */
  private record Stored(String column, BiConsumer<Profile, String> load) {
    static Stored column(String column, BiConsumer<Profile, String> load) {
      return new Stored(column, load);
    }
  }

  List<FieldCheck> checks() {
    return checks;
  }

  String example() {
    return example;
  }

  boolean inDocument() {
    return writing != Writing.ELSEWHERE;
  }

  /** The stored value, as the views and records show it. */
  T read(Profile profile) {
    return read.apply(profile);
  }

  /** The value as the owner's document holds it: for the email, the address asked for last. */
  T requested(Profile profile) {
    return requested.apply(profile);
  }

  /** Copies a valid document's value onto the entity; only for fields the owner writes. */
  void copy(ValidProfile from, Profile to) {
    if (writing != Writing.BY_OWNER) {
      throw new IllegalStateException(name() + " is not written by the owner's document");
    }
    write.accept(to, from.value(this));
  }

  /**
   * What is wrong with {@code text} (null: absent), every problem at once. A required field that is
   * absent or blank has that one problem and is checked no further.
   */
  List<String> problems(String text, CheckContext context) {
    boolean blank = text == null || text.isBlank();
    if (blank && policy.required()) {
      return List.of(REQUIRED);
    }
    if (text == null) {
      return List.of();
    }
    return checks.stream()
        .filter(check -> !blank || check.checksBlankText())
        .map(check -> check.problem(text, context))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The stored value of a text that passed {@link #problems}. */
  T fromText(String text) {
    return text == null || text.isBlank() ? noValue : parse.apply(text);
  }

  /** A stored value as JSON-ready text: dates in ISO form, enums by name. */
  static String asText(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }
}
