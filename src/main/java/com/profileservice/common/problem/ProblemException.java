package com.profileservice.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Base of the domain exceptions that end a request with a problem response. Each subclass names one
 * situation; {@link ProblemMapper} turns it into RFC 9457 details.
 */
public abstract class ProblemException extends RuntimeException {

  private static final String TYPE_PREFIX = "urn:profile-service:problem:";

  private final int status;
  private final String slug;
  private final String title;

  protected ProblemException(int status, String slug, String title, String detail) {
    // No stack trace: these are expected outcomes, not faults, and are never logged.
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_PREFIX + slug;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return null;
  }

  /** A machine-readable reason, for callers that act on why they were refused. */
  public String reason() {
    return null;
  }

  /** Headers the response must carry, such as Retry-After. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
