package com.profileservice.lookup;

import com.profileservice.common.problem.ProblemException;

/** The ways an internal look-up is refused. */
final class LookupProblems {

  private LookupProblems() {}

  /** A refusal the calling service can act on, with its reason as a fixed word. */
  static final class Refused extends ProblemException {
    private final String reason;

    Refused(String reason, String detail) {
      super(403, "lookup-refused", "Look-up refused", detail);
      this.reason = reason;
    }

    @Override
    public String reason() {
      return reason;
    }
  }

  static final class UnknownPurpose extends ProblemException {
    UnknownPurpose() {
      super(
          400,
          "unknown-purpose",
          "Unknown purpose",
          "purpose must be one of password_reminder, account_status, support, payment,"
              + " community_membership, comment_notifications, news.");
    }
  }

  static final class NoSuchPhone extends ProblemException {
    NoSuchPhone() {
      super(404, "phone-not-found", "Phone number not found", "No active profile has this number.");
    }
  }

  static final class AmbiguousPhone extends ProblemException {
    AmbiguousPhone() {
      super(
          409,
          "phone-ambiguous",
          "Phone number is ambiguous",
          "Several active profiles list this number, so it identifies no one.");
    }
  }
}
