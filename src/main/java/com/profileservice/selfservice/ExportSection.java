package com.profileservice.selfservice;

import com.profileservice.profile.ProfileAccounts.Account;
import io.smallrye.mutiny.Uni;

/**
 * One part of what the service holds about an owner. The export and the frozen copy kept on erasure
 * are both made of every section, so a feature that holds personal data adds one here and neither
 * can forget it.
 */
public interface ExportSection {

  /** The key of this section in the export document. */
  String name();

  /** Sections appear in this order. */
  int order();

  /** The section's content, read in the caller's session. */
  Uni<Object> contentFor(Account account);
}
