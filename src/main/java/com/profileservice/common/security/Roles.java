package com.profileservice.common.security;

/**
 * The roles a token carries in its "groups" claim; docs/privacy-promises.md says what each may do.
 */
public final class Roles {

  /** An account holder: one profile, everything under /me. */
  public static final String USER = "user";

  /** Legal staff who file and read legal requests. */
  public static final String LEGAL_INTAKE = "legal-intake";

  /** Legal staff who decide and fulfil requests filed by someone else. */
  public static final String LEGAL_REVIEWER = "legal-reviewer";

  /** Internal services, each limited to its own /internal endpoints. */
  public static final String MAILER = "mailer";

  public static final String COMMENTS = "comments";
  public static final String PHONEPOST = "phonepost";
  public static final String ANALYST = "analyst";

  /** A service reading the change-event feed (one token per consuming service). */
  public static final String EVENTS = "events";

  private Roles() {}
}
