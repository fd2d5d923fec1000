package com.profileservice.profile;

import com.profileservice.common.problem.ProblemException;

/** The ways a profile request can fail, each one an RFC 9457 problem. */
final class ProfileProblems {

  private ProfileProblems() {}

  static final class NoProfileYet extends ProblemException {
    NoProfileYet() {
      super(
          404,
          "no-profile-yet",
          "No profile yet",
          "You have no profile yet; create one with POST /profiles.");
    }
  }

  static final class ProfileAlreadyExists extends ProblemException {
    ProfileAlreadyExists() {
      super(
          409,
          "profile-exists",
          "Profile already exists",
          "You already have a profile; change it with PATCH /me.");
    }
  }

  static final class HandleTaken extends ProblemException {
    HandleTaken() {
      super(
          409,
          "handle-taken",
          "Handle taken",
          "Another profile has this handle, in some letter case.");
    }
  }

  static final class StalePrecondition extends ProblemException {
    StalePrecondition() {
      super(
          412,
          "stale-precondition",
          "Precondition failed",
          "The profile changed since the version named in If-Match; fetch it again.");
    }
  }
}
