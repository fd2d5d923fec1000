package com.profileservice.verification;

import com.profileservice.common.problem.ProblemException;
import java.util.Map;

/** The ways verifying an address can fail. */
final class VerificationProblems {

  private VerificationProblems() {}

  static final class UnknownToken extends ProblemException {
    UnknownToken() {
      super(
          400,
          "verification-token-invalid",
          "Invalid verification token",
          "This token is not valid; it may have been replaced by a newer message.");
    }
  }

  static final class TokenUsed extends ProblemException {
    TokenUsed() {
      super(410, "verification-token-used", "Token already used", "This token was already used.");
    }
  }

  static final class TokenExpired extends ProblemException {
    TokenExpired() {
      super(
          410,
          "verification-token-expired",
          "Token expired",
          "This token has expired; ask for a new message.");
    }
  }

  static final class TokenSuperseded extends ProblemException {
    TokenSuperseded() {
      super(
          410,
          "verification-token-superseded",
          "Token superseded",
          "The profile has since asked for another address.");
    }
  }

  static final class NothingToVerify extends ProblemException {
    NothingToVerify() {
      super(
          409,
          "nothing-to-verify",
          "Nothing to verify",
          "Your address is verified and no change is pending.");
    }
  }

  static final class TooSoon extends ProblemException {
    private final long retryAfterSeconds;

    TooSoon(long retryAfterSeconds) {
      super(
          429,
          "verification-rate-limited",
          "Too many requests",
          "A verification message was sent moments ago; wait before asking for another.");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
  }
}
