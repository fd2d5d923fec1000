package com.profileservice.policy;

import java.util.List;
import java.util.Set;

/**
 * The kinds of legal process the service complies with (the policy's one exception), each with the
 * records it can reach. A reviewer cannot approve a field outside its basis's reach.
 */
public enum LegalBasis {
  SEARCH_WARRANT(DisclosableRecords.everythingHeld()),
  /** Freezes the targets' data; it discloses nothing. */
  PRESERVATION(DisclosableRecords.nothing()),
  SUBPOENA(DisclosableRecords.basicSubscriberRecords()),
  COURT_ORDER(DisclosableRecords.profileAndCommentIps()),
  STATUTE(DisclosableRecords.profileAndCommentIps());

  private final Set<String> reach;

  LegalBasis(Set<String> reach) {
    this.reach = reach;
  }

  public boolean reaches(String name) {
    return reach.contains(name);
  }

  /** Whether anything at all can be disclosed under this basis. */
  public boolean disclosesAnything() {
    return !reach.isEmpty();
  }

  /** What this basis reaches, in package order. */
  public List<String> reach() {
    return DisclosableRecords.inOrder(reach);
  }
}
