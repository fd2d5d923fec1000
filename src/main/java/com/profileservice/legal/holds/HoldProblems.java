package com.profileservice.legal.holds;

import com.profileservice.common.problem.ProblemException;

/** The ways extending a preservation hold can fail, each one an RFC 9457 problem. */
final class HoldProblems {

  private HoldProblems() {}

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
