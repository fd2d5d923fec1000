package com.profileservice.legal.review;

import com.profileservice.common.problem.ProblemException;

/** The ways a reviewer's decision can be refused, each one an RFC 9457 problem. */
final class ReviewProblems {

  private ReviewProblems() {}

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

  static final class NoHoldToExtend extends ProblemException {
    NoHoldToExtend() {
      super(
          409,
          "no-hold-to-extend",
          "No hold to extend",
          "Only an approved preservation request has a hold to extend.");
    }
  }
}
