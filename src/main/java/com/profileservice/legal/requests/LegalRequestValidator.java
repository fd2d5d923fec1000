package com.profileservice.legal.requests;

import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.policy.CardNumbers;
import com.profileservice.policy.DisclosableRecords;
import com.profileservice.policy.LegalBasis;
import com.profileservice.profile.HandleFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks legal requests at intake. Every failing field is reported at once, named as in the API,
 * with list entries by index ({@code targetHandles[2]}).
 */
@ApplicationScoped
public class LegalRequestValidator {

  static final int MAX_TARGETS = 100;
  private static final int MAX_AUTHORITY = 200;
  private static final int MAX_REFERENCE = 100;

  private final Clock clock;

  public LegalRequestValidator(Clock clock) {
    this.clock = clock;
  }

  ValidLegalRequest validate(LegalRequestInput input) {
    List<FieldError> errors = new ArrayList<>();
    LegalBasis basis = legalBasis(input.legalBasis(), errors);
    prose("issuingAuthority", input.issuingAuthority(), MAX_AUTHORITY, errors);
    // A reference number is the authority's identifier, not prose: a long docket number may pass
    // the Luhn check by chance, so it is not screened for card numbers.
    text("referenceNumber", input.referenceNumber(), MAX_REFERENCE, errors);
    LocalDate issuedOn = issuedOn(input.issuedOn(), errors);
    targetHandles(input.targetHandles(), errors);
    List<String> fields = Objects.requireNonNullElse(input.requestedFields(), List.of());
    requestedFields(fields, basis, errors);
    Instant nonDisclosureUntil = nonDisclosureUntil(input.nonDisclosureUntil(), errors);
    failOn(errors);
    return new ValidLegalRequest(
        basis,
        input.issuingAuthority().strip(),
        input.referenceNumber().strip(),
        issuedOn,
        List.copyOf(input.targetHandles()),
        DisclosableRecords.inOrder(Set.copyOf(fields)),
        nonDisclosureUntil);
  }

  /** The state a list is filtered by; null for none. */
  LegalRequestState stateFilter(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LegalRequestState.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw InvalidRequest.of("state", "must be RECEIVED, APPROVED, REJECTED or FULFILLED");
    }
  }

  private static LegalBasis legalBasis(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("legalBasis", "is required"));
      return null;
    }
    try {
      return LegalBasis.valueOf(text);
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "legalBasis",
              "must be SEARCH_WARRANT, PRESERVATION, SUBPOENA, COURT_ORDER or STATUTE"));
      return null;
    }
  }

  /**
   * Free text a person writes: checked like text, and refused if it holds a card number. Review
   * checks a decision's reason with it too.
   */
  public static void prose(String field, String value, int max, List<FieldError> errors) {
    if (text(field, value, max, errors) && CardNumbers.appearsIn(value)) {
      errors.add(
          new FieldError(
              field, "looks like a payment card number; card numbers are never accepted"));
    }
  }

  private static boolean text(String field, String value, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return false;
    }
    if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return false;
    }
    return true;
  }

  private LocalDate issuedOn(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("issuedOn", "is required"));
      return null;
    }
    LocalDate issuedOn;
    try {
      issuedOn = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("issuedOn", "must be an ISO date (YYYY-MM-DD)"));
      return null;
    }
    if (issuedOn.isAfter(LocalDate.now(clock))) {
      errors.add(new FieldError("issuedOn", "must not be in the future"));
    }
    return issuedOn;
  }

  private static void targetHandles(List<String> handles, List<FieldError> errors) {
    if (handles == null || handles.isEmpty() || handles.size() > MAX_TARGETS) {
      errors.add(new FieldError("targetHandles", "must name 1 to " + MAX_TARGETS + " handles"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < handles.size(); i++) {
      String handle = handles.get(i);
      String field = "targetHandles[" + i + "]";
      if (!HandleFormat.matches(handle)) {
        errors.add(new FieldError(field, HandleFormat.RULE));
      } else if (!seen.add(handle.toLowerCase(Locale.ROOT))) {
        errors.add(new FieldError(field, "repeats an earlier handle"));
      }
    }
  }

  private static void requestedFields(
      List<String> fields, LegalBasis basis, List<FieldError> errors) {
    if (fields.isEmpty()) {
      if (basis != null && basis.disclosesAnything()) {
        errors.add(new FieldError("requestedFields", "must name at least one field"));
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i);
      String field = "requestedFields[" + i + "]";
      if (name == null || !DisclosableRecords.isDisclosable(name)) {
        errors.add(
            new FieldError(field, "is not a disclosable name; see legalReach in GET /policy"));
      } else if (!seen.add(name)) {
        errors.add(new FieldError(field, "repeats an earlier entry"));
      }
    }
  }

  private static Instant nonDisclosureUntil(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              "nonDisclosureUntil", "must be an ISO-8601 date-time such as 2027-06-30T00:00:00Z"));
      return null;
    }
  }

  private static void failOn(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequest(errors);
    }
  }
}
