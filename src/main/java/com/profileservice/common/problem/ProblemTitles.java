package com.profileservice.common.problem;

import jakarta.ws.rs.core.Response;

/** The title of an "about:blank" problem: the status's reason phrase. */
final class ProblemTitles {

  private ProblemTitles() {}

  static String of(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
