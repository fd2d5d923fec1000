package com.profileservice.lookup;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the mailer wants an address. The policy emails people only what they asked for: account
 * matters always (once verified), comment notifications and news only with their consent.
 */
public enum MailPurpose {
  PASSWORD_REMINDER("password_reminder", null),
  ACCOUNT_STATUS("account_status", null),
  SUPPORT("support", null),
  PAYMENT("payment", null),
  COMMUNITY_MEMBERSHIP("community_membership", null),
  COMMENT_NOTIFICATIONS("comment_notifications", "comment_notifications"),
  NEWS("news", "news");

  private final String wireName;
  private final String requiredConsent;

  MailPurpose(String wireName, String requiredConsent) {
    this.wireName = wireName;
    this.requiredConsent = requiredConsent;
  }

  public String wireName() {
    return wireName;
  }

  /** The consent this purpose needs, if any. */
  public Optional<String> requiredConsent() {
    return Optional.ofNullable(requiredConsent);
  }

  public static Optional<MailPurpose> of(String wireName) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(wireName)).findFirst();
  }
}
