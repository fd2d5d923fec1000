package com.profileservice.profile;

import com.profileservice.policy.CardNumbers;
import com.profileservice.policy.MinimumAge;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule a field's text must meet, held as data in {@link ProfileFields}: the validator runs it
 * and the OpenAPI document describes it from the same entry. A problem is worded without the value
 * it refuses, so a card number typed by mistake never comes back in a response or a log line.
 *
 * <p>The validator hands a check only text that was sent (never null). Checks of a typed value
 * (date, URL, code...) pass a blank text, which means "no value"; the checks that replaced Bean
 * Validation constraints (length, pattern) see blank text too, as those constraints did.
 */
sealed interface FieldCheck {

  /** Empty when the text passes. */
  Optional<String> problem(String text, CheckContext context);

  /** Whether a blank text is checked at all, rather than read as "no value". */
  default boolean checksBlankText() {
    return false;
  }

  /** What a check may consult besides the text. */
  record CheckContext(LocalDate today, Validator beans) {}

  static FieldCheck maxLength(int max) {
    return new MaxLength(max);
  }

  static FieldCheck matches(Pattern pattern, String rule) {
    return new Matches(pattern, rule);
  }

  static FieldCheck emailAddress() {
    return new EmailAddress();
  }

  static FieldCheck noCardNumber() {
    return new NoCardNumber();
  }

  static FieldCheck isoDate() {
    return new IsoDate();
  }

  static FieldCheck notInFuture() {
    return new NotInFuture();
  }

  static FieldCheck minimumAge() {
    return new MinimumAgeMet();
  }

  static FieldCheck oneOf(Class<? extends Enum<?>> type) {
    return new OneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  static FieldCheck httpUrl() {
    return new HttpUrl();
  }

  static FieldCheck countryCode() {
    return new CountryCode();
  }

  static FieldCheck e164() {
    return new E164();
  }

  /** At most {@code max} characters, counted and worded as Bean Validation's {@code @Size}. */
  record MaxLength(int max) implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(text.length() > max, "size must be between 0 and " + max);
    }

    @Override
    public boolean checksBlankText() {
      return true;
    }
  }

  /** The whole text matches {@code pattern}; {@code rule} says what that means. */
  record Matches(Pattern pattern, String rule) implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(!pattern.matcher(text).matches(), rule);
    }

    @Override
    public boolean checksBlankText() {
      return true;
    }
  }

  /** Bean Validation's own {@code @Email} rule, so exactly the addresses accepted before pass. */
  record EmailAddress() implements FieldCheck {

    record Address(@Email String value) {}

    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return context.beans().validateValue(Address.class, "value", text).stream()
          .findFirst()
          .map(violation -> violation.getMessage());
    }
  }

  /**
   * No payment card number anywhere in the text; the policy promises card data is never stored.
   * Fields whose own format keeps digits out, or lets valid values pass the Luhn check by chance
   * (E.164 numbers), leave this check out.
   */
  record NoCardNumber() implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(
          CardNumbers.appearsIn(text),
          "looks like a payment card number; card numbers are never accepted");
    }
  }

  record IsoDate() implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(date(text).isEmpty(), "must be an ISO date (YYYY-MM-DD)");
    }
  }

  record NotInFuture() implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(
          date(text).filter(d -> d.isAfter(context.today())).isPresent(),
          "must not be in the future");
    }
  }

  /** A date in the future is reported by {@link NotInFuture} alone, not as "too young" too. */
  record MinimumAgeMet() implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      LocalDate today = context.today();
      return fails(
          date(text).filter(d -> !d.isAfter(today) && !MinimumAge.isMet(d, today)).isPresent(),
          "the person must be at least " + MinimumAge.YEARS + " years old (COPPA)");
    }
  }

  /** One of {@code names}, exactly as written (the stored value is the enum constant). */
  record OneOf(List<String> names) implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      String last = names.get(names.size() - 1);
      String others = String.join(", ", names.subList(0, names.size() - 1));
      return fails(!names.contains(text), "must be " + others + " or " + last);
    }
  }

  record HttpUrl() implements FieldCheck {
    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(!isHttpUrl(text), "must be an absolute http or https URL");
    }

    private static boolean isHttpUrl(String text) {
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute()
            && (scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }

  /** In any letter case: the stored value is upper-cased. */
  record CountryCode() implements FieldCheck {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(
          !COUNTRIES.contains(text.toUpperCase(Locale.ROOT)), "must be an ISO 3166-1 alpha-2 code");
    }
  }

  record E164() implements FieldCheck {
    static final String REGEX = "\\+[1-9][0-9]{1,14}";
    static final int MAX_LENGTH = 16;
    private static final Pattern NUMBER = Pattern.compile(REGEX);

    @Override
    public Optional<String> problem(String text, CheckContext context) {
      return fails(!NUMBER.matcher(text).matches(), "must be an E.164 number such as +31612345678");
    }
  }

  private static Optional<String> fails(boolean failed, String problem) {
    return failed ? Optional.of(problem) : Optional.empty();
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
