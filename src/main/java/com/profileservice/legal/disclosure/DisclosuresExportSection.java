package com.profileservice.legal.disclosure;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.profile.ProfileAccounts.Account;
import com.profileservice.selfservice.ExportSection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The owner's export lists the disclosures already noticed to them, and no others. */
@ApplicationScoped
public class DisclosuresExportSection implements ExportSection {

  private final DisclosureService disclosures;

  public DisclosuresExportSection(DisclosureService disclosures) {
    this.disclosures = disclosures;
  }

  static final String NAME = "disclosures";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Uni<Object> contentFor(Account account) {
    return disclosures
        .noticesFor(account.subject(), PageRequest.of(0, Integer.MAX_VALUE))
        .map(Page::items);
  }
}
