package com.profileservice.legal.review;

import com.profileservice.common.problem.FieldError;
import com.profileservice.common.problem.InvalidRequest;
import com.profileservice.legal.requests.LegalRequest;
import com.profileservice.legal.requests.LegalRequestValidator;
import com.profileservice.policy.DisclosableRecords;
import com.profileservice.policy.LegalBasis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a decision against its request. Every failing field is reported at once, named as in the
 * API, with list entries by index ({@code approvedFields[1]}).
 */
final class DecisionValidator {

  private static final int MAX_REASON = 2000;

  private DecisionValidator() {}

  /**
   * The fields a decision approves, in package order. Approving needs at least one field within
   * both the request and its basis's reach (none for PRESERVATION); rejecting names none.
   */
  static List<String> validate(DecisionInput decision, LegalRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (decision.approve() == null) {
      errors.add(new FieldError("approve", "is required"));
    }
    LegalRequestValidator.prose("reason", decision.reason(), MAX_REASON, errors);
    List<String> approved = decision.approvedFields();
    if (Boolean.FALSE.equals(decision.approve()) && approved != null && !approved.isEmpty()) {
      errors.add(new FieldError("approvedFields", "only an approval names fields"));
    }
    if (Boolean.TRUE.equals(decision.approve())) {
      approvedFields(approved, request, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequest(errors);
    }
    return approved == null || !decision.approve()
        ? List.of()
        : DisclosableRecords.inOrder(Set.copyOf(approved));
  }

  private static void approvedFields(
      List<String> approved, LegalRequest request, List<FieldError> errors) {
    LegalBasis basis = request.legalBasis();
    if (approved == null || approved.isEmpty()) {
      if (basis.disclosesAnything()) {
        errors.add(
            new FieldError("approvedFields", "must name at least one field; or reject instead"));
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < approved.size(); i++) {
      String name = approved.get(i);
      String field = "approvedFields[" + i + "]";
      if (name == null || !DisclosableRecords.isDisclosable(name)) {
        errors.add(
            new FieldError(field, "is not a disclosable name; see legalReach in GET /policy"));
      } else if (!basis.reaches(name)) {
        errors.add(new FieldError(field, "is beyond the reach of a " + basis));
      } else if (!request.requestedFields().contains(name)) {
        errors.add(new FieldError(field, "was not requested"));
      } else if (!seen.add(name)) {
        errors.add(new FieldError(field, "repeats an earlier entry"));
      }
    }
  }
}
