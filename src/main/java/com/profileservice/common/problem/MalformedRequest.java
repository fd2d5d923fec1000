package com.profileservice.common.problem;

/** A request the service cannot read as meant: bad JSON, unknown or server-owned properties. */
public class MalformedRequest extends ProblemException {

  public MalformedRequest(String detail) {
    super(400, "malformed-request", "Malformed request", detail);
  }
}
