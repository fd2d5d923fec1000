package com.profileservice.legal.disclosure;

import com.profileservice.common.problem.ProblemException;

/** The ways a disclosure can be refused, each one an RFC 9457 problem. */
final class DisclosureProblems {

  private DisclosureProblems() {}

  static final class NotApproved extends ProblemException {
    NotApproved() {
      super(409, "not-approved", "Not approved", "Only an approved request can be disclosed.");
    }
  }

  static final class NothingToDisclose extends ProblemException {
    NothingToDisclose() {
      super(
          409,
          "nothing-to-disclose",
          "Nothing to disclose",
          "A preservation request freezes data and never discloses any.");
    }
  }
}
