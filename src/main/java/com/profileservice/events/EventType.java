package com.profileservice.events;

/**
 * The changes other services must react to. Each carries identifiers and field names, never a
 * value: a consumer that needs a value asks the public or purpose-bound API, where the policy
 * applies. Legal-process actions are deliberately absent, so a gagged request cannot leak through
 * the feed.
 */
public enum EventType {
  PROFILE_CREATED("profile.created"),
  PUBLIC_VIEW_CHANGED("profile.public-view-changed"),
  PROFILE_ERASED("profile.erased"),
  CONSENT_CHANGED("consent.changed"),
  EMAIL_VERIFIED("email.verified"),
  ACCOUNT_STATUS_CHANGED("account.status-changed");

  /** What the CloudEvents {@code type} and the broker's routing key are built from. */
  private final String name;

  EventType(String name) {
    this.name = name;
  }

  /** The stored name, such as {@code profile.erased}. */
  public String eventName() {
    return name;
  }

  /**
   * The CloudEvents {@code type} and RabbitMQ routing key: {@code profile-service.profile.erased}.
   */
  public String cloudEventType() {
    return "profile-service." + name;
  }
}
