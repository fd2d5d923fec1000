package com.profileservice.common.problem;

import java.util.List;

/** A request whose values break the rules (422), naming every failing field. */
public class InvalidRequest extends ProblemException {

  private final List<FieldError> errors;

  public InvalidRequest(List<FieldError> errors) {
    super(
        422,
        "validation-failed",
        "Validation failed",
        "One or more fields are invalid; see errors.");
    this.errors = List.copyOf(errors);
  }

  public static InvalidRequest of(String field, String message) {
    return new InvalidRequest(List.of(new FieldError(field, message)));
  }

  @Override
  public List<FieldError> errors() {
    return errors;
  }
}
