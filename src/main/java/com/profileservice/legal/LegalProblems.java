package com.profileservice.legal;

import com.profileservice.common.problem.ProblemException;

/** The ways a legal-process request can fail, each one an RFC 9457 problem. */
final class LegalProblems {

  private LegalProblems() {}

  static final class LegalRequestNotFound extends ProblemException {
    LegalRequestNotFound() {
      super(
          404,
          "legal-request-not-found",
          "Legal request not found",
          "No legal request has this id.");
    }
  }

  /** Four eyes: whoever filed a request cannot also decide it, whatever roles they hold. */
  static final class FilerCannotDecide extends ProblemException {
    FilerCannotDecide() {
      super(
          403,
          "filer-cannot-decide",
          "Filer cannot decide",
          "You filed this request; another reviewer must decide it.");
    }
  }

  static final class AlreadyDecided extends ProblemException {
    AlreadyDecided() {
      super(
          409,
          "already-decided",
          "Already decided",
          "This request has been decided; decisions are final.");
    }
  }

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

  static final class NoHoldToExtend extends ProblemException {
    NoHoldToExtend() {
      super(
          409,
          "no-hold-to-extend",
          "No hold to extend",
          "Only an approved preservation request has a hold to extend.");
    }
  }

  static final class HoldAlreadyExtended extends ProblemException {
    HoldAlreadyExtended() {
      super(
          409,
          "hold-already-extended",
          "Hold already extended",
          "A preservation hold can be extended only once.");
    }
  }

  static final class HoldEnded extends ProblemException {
    HoldEnded() {
      super(
          409,
          "hold-ended",
          "Hold ended",
          "This preservation hold has ended and can no longer be extended.");
    }
  }
}
