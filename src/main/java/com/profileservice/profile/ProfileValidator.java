package com.profileservice.profile;

import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.policy.FieldPolicy;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import com.profileservice.profile.FieldCheck.CheckContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a profile document against the policy's field table and converts it to stored types: each
 * field as {@link ProfileFields} binds it, required as the policy table says. Every failing field
 * is reported at once, and no message repeats the value it rejects (a card number typed by mistake
 * must not come back in a response or a log line).
 */
@ApplicationScoped
public class ProfileValidator {

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
    CheckContext context = new CheckContext(LocalDate.now(clock), beanValidator);
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (ProfileField<?> field : ProfileFields.inDocument()) {
      String text = (String) RecordPaths.read(input, field.name());
      texts.put(field.name(), text);
      field
          .problems(text, context)
          .forEach(problem -> errors.add(new FieldError(field.name(), problem)));
    }
    refuseCardNumbers(input.visibility(), context, errors);
    Map<String, Visibility> visibility = visibility(input.visibility(), errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
      throw new InvalidRequest(errors);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    texts.forEach((name, text) -> values.put(name, ProfileFields.named(name).fromText(text)));
    return new ValidProfile(Collections.unmodifiableMap(values), visibility);
  }

  /** A visibility value is text the client wrote, so it is screened like a field's. */
  private static void refuseCardNumbers(
      Map<String, String> requested, CheckContext context, List<FieldError> errors) {
    if (requested == null) {
      return;
    }
    FieldCheck screening = FieldCheck.noCardNumber();
    requested.forEach(
        (field, value) -> {
          if (value != null) {
            screening
                .problem(value, context)
                .ifPresent(problem -> errors.add(new FieldError("visibility." + field, problem)));
          }
        });
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
          Visibility wanted = parse(text);
          if (wanted == null) {
            errors.add(new FieldError(name, "must be PUBLIC or PRIVATE"));
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

  private static Visibility parse(String text) {
    try {
      return Visibility.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
