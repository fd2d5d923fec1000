package com.profileservice.events;

import com.profileservice.common.problem.ProblemException;

/** The feed's own refusals. */
final class EventProblems {

  private EventProblems() {}

  /** The retention job has deleted events the cursor had not reached yet. */
  static final class CursorExpired extends ProblemException {
    CursorExpired() {
      super(
          410,
          "event-cursor-expired",
          "Cursor expired",
          "Events after this cursor are past retention and gone. Resynchronise: read the current"
              + " state of the profiles you keep through the public and purpose-bound API, then"
              + " read the feed again without a cursor.");
    }
  }
}
