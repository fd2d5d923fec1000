package com.profileservice.legal.requests;

import com.profileservice.common.problem.ProblemException;

/** No legal request has the id asked for; every stage answers it the same way. */
public final class LegalRequestNotFound extends ProblemException {

  public LegalRequestNotFound() {
    super(
        404, "legal-request-not-found", "Legal request not found", "No legal request has this id.");
  }
}
