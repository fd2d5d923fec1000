package com.profileservice.profile;

import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.policy.CardNumbers;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.MinimumAge;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a profile document against section 3 of the policy and converts it to stored types. Every
 * failing field is reported at once, and no message repeats the value it rejects (a card number
 * typed by mistake must not come back in a response or a log line).
 */
@ApplicationScoped
public class ProfileValidator {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final java.util.regex.Pattern E164 =
      java.util.regex.Pattern.compile("\\+[1-9][0-9]{1,14}");

  private final Validator beanValidator;
  private final Clock clock;

  public ProfileValidator(Validator beanValidator, Clock clock) {
    this.beanValidator = beanValidator;
    this.clock = clock;
  }

  /**
   * Validates a whole document. Fields its visibility map leaves out take their default: a merge
   * patch that sets a flag to null removes it from the document, which resets it.
   */
  ValidProfile validate(ProfileInput input) {
    List<FieldError> errors = new ArrayList<>();
    beanValidator
        .validate(input)
        .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
    Im im = Objects.requireNonNullElse(input.im(), Im.EMPTY);
    Location location = Objects.requireNonNullElse(input.location(), Location.EMPTY);
    refuseCardNumbers(input, im, location, errors);
    LocalDate birthday = birthday(input.birthday(), errors);
    Gender gender = gender(input.gender(), errors);
    website(input.website(), errors);
    String country = country(location.country(), errors);
    phone(input.phone(), errors);
    Map<String, Visibility> visibility = visibility(input.visibility(), errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
      throw new InvalidRequest(errors);
    }
    return new ValidProfile(
        input.handle(),
        input.name(),
        input.email(),
        birthday,
        gender,
        blankToNull(input.website()),
        new Im(
            blankToNull(im.aim()),
            blankToNull(im.icq()),
            blankToNull(im.yahoo()),
            blankToNull(im.msn()),
            blankToNull(im.jabber())),
        new Location(
            blankToNull(location.city()),
            blankToNull(location.state()),
            country,
            blankToNull(location.zip())),
        blankToNull(input.phone()),
        visibility);
  }

  /**
   * The phone field is left out: E.164 numbers of 13 to 15 digits pass the Luhn check one time in
   * ten, and the E.164 format already keeps any other text out of that field.
   */
  private static void refuseCardNumbers(
      ProfileInput input, Im im, Location location, List<FieldError> errors) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("handle", input.handle());
    texts.put("name", input.name());
    texts.put("email", input.email());
    texts.put("birthday", input.birthday());
    texts.put("website", input.website());
    texts.put("im.aim", im.aim());
    texts.put("im.icq", im.icq());
    texts.put("im.yahoo", im.yahoo());
    texts.put("im.msn", im.msn());
    texts.put("im.jabber", im.jabber());
    texts.put("location.city", location.city());
    texts.put("location.state", location.state());
    texts.put("location.country", location.country());
    texts.put("location.zip", location.zip());
    if (input.visibility() != null) {
      input.visibility().forEach((field, value) -> texts.put("visibility." + field, value));
    }
    texts.forEach(
        (field, text) -> {
          if (CardNumbers.appearsIn(text)) {
            errors.add(
                new FieldError(
                    field, "looks like a payment card number; card numbers are never accepted"));
          }
        });
  }

  private LocalDate birthday(String text, List<FieldError> errors) {
    if (isBlank(text)) {
      return null;
    }
    LocalDate birthday;
    try {
      birthday = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("birthday", "must be an ISO date (YYYY-MM-DD)"));
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    if (birthday.isAfter(today)) {
      errors.add(new FieldError("birthday", "must not be in the future"));
    } else if (!MinimumAge.isMet(birthday, today)) {
      errors.add(
          new FieldError(
              "birthday",
              "the person must be at least " + MinimumAge.YEARS + " years old (COPPA)"));
    }
    return birthday;
  }

  private static Gender gender(String text, List<FieldError> errors) {
    if (isBlank(text)) {
      return Gender.UNSPECIFIED;
    }
    return parse(Gender::valueOf, text, "gender", "must be MALE, FEMALE or UNSPECIFIED", errors);
  }

  private static void website(String text, List<FieldError> errors) {
    if (isBlank(text)) {
      return;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        errors.add(new FieldError("website", "must be an absolute http or https URL"));
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError("website", "must be an absolute http or https URL"));
    }
  }

  private static String country(String text, List<FieldError> errors) {
    if (isBlank(text)) {
      return null;
    }
    String code = text.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      errors.add(new FieldError("location.country", "must be an ISO 3166-1 alpha-2 code"));
    }
    return code;
  }

  private static void phone(String text, List<FieldError> errors) {
    if (!isBlank(text) && !E164.matcher(text).matches()) {
      errors.add(new FieldError("phone", "must be an E.164 number such as +31612345678"));
    }
  }

  private static Map<String, Visibility> visibility(
      Map<String, String> requested, List<FieldError> errors) {
    Map<String, Visibility> result = new LinkedHashMap<>(PrivacyPolicy.defaultVisibility());
    if (requested == null) {
      return result;
    }
    requested.forEach(
        (field, text) -> {
          String name = "visibility." + field;
          FieldPolicy policy = PrivacyPolicy.field(field).orElse(null);
          if (policy == null) {
            errors.add(new FieldError(name, "is not a profile field"));
            return;
          }
          if (text == null) {
            result.put(field, policy.defaultVisibility());
            return;
          }
          Visibility wanted =
              parse(Visibility::valueOf, text, name, "must be PUBLIC or PRIVATE", errors);
          if (wanted == null) {
            return;
          }
          if (!policy.allows(wanted)) {
            errors.add(
                new FieldError(
                    name,
                    wanted
                        + " is not allowed for this field; allowed: "
                        + policy.allowedVisibilities()));
            return;
          }
          result.put(field, wanted);
        });
    return result;
  }

  private static <T> T parse(
      Function<String, T> parser,
      String text,
      String field,
      String message,
      List<FieldError> errors) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, message));
      return null;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text;
  }
}
