package com.profileservice.directory;

import com.profileservice.common.problem.ProblemException;

/** The ways a directory request can fail besides invalid parameters. */
final class DirectoryProblems {

  private DirectoryProblems() {}

  /** Whatever is wrong with it, a cursor is refused alike, so probing it teaches nothing. */
  static final class InvalidCursor extends ProblemException {
    InvalidCursor() {
      super(
          400,
          "invalid-cursor",
          "Invalid cursor",
          "The cursor was not issued by this service for this filter; start again without one.");
    }
  }
}
