package com.profileservice.common.persistence;

import com.profileservice.common.problem.ProblemException;
import java.util.Map;

/** More writes of one owner are waiting on this replica than anyone's clients would send. */
final class TooManyWrites extends ProblemException {

  TooManyWrites() {
    super(
        429,
        "too-many-writes",
        "Too many concurrent changes",
        "Too many changes to your profile are waiting; retry after the time in Retry-After.");
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", "1");
  }
}
