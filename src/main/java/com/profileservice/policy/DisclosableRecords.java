package com.profileservice.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a legal request may ask for: every profile field of the policy table, the account
 * creation date and the comment-IP log. Disclosure packages list them in this order.
 */
public final class DisclosableRecords {

  /** When the account was created; part of the basic subscriber records. */
  public static final String CREATED_AT = "createdAt";

  /** The IP addresses logged for comments on the owner's journal. */
  public static final String COMMENT_IPS = "comment_ips";

  private static final List<String> ALL = all();

  private DisclosableRecords() {}

  /** Every disclosable name, in package order. */
  public static List<String> names() {
    return ALL;
  }

  public static boolean isDisclosable(String name) {
    return ALL.contains(name);
  }

  /** The given names in package order, whatever order they came in. */
  public static List<String> inOrder(Set<String> names) {
    return ALL.stream().filter(names::contains).toList();
  }

  /** Subscriber records as a subpoena may reach them: who holds the account, and since when. */
  static Set<String> basicSubscriberRecords() {
    return ordered(List.of("handle", "name", "email", CREATED_AT));
  }

  /** Every profile field, the creation date and the comment-IP log. */
  static Set<String> profileAndCommentIps() {
    return ordered(ALL);
  }

  /**
   * Everything the service holds about an account. Today that is exactly the profile fields, the
   * creation date and the comment-IP log; it grows when the service starts holding more.
   */
  static Set<String> everythingHeld() {
    return ordered(ALL);
  }

  static Set<String> nothing() {
    return Set.of();
  }

  private static List<String> all() {
    List<String> names = new ArrayList<>();
    PrivacyPolicy.fields().forEach(f -> names.add(f.field()));
    names.add(CREATED_AT);
    names.add(COMMENT_IPS);
    return List.copyOf(names);
  }

  private static Set<String> ordered(List<String> names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }
}
