package com.profileservice.selfservice;

import com.profileservice.commentip.CommentIpService;
import com.profileservice.ledger.PrivacyLedger;
import com.profileservice.picture.PictureService;
import com.profileservice.profile.ProfileAccounts.Account;
import com.profileservice.profile.ProfileService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The sections every export holds, each read through its own feature's public service. */
@ApplicationScoped
class ExportSections {

  @Produces
  ExportSection profile(ProfileService profiles) {
    return section("profile", 10, account -> profiles.ownerView(account.subject()).map(v -> v));
  }

  @Produces
  ExportSection ledger(PrivacyLedger ledger) {
    return section("consentLedger", 20, account -> ledger.all(account.subject()).map(v -> v));
  }

  @Produces
  ExportSection commentIps(CommentIpService commentIps) {
    return section("commentIps", 30, account -> commentIps.journal(account.id()).map(v -> v));
  }

  @Produces
  ExportSection picture(PictureService pictures) {
    return section("picture", 40, account -> pictures.metadata(account.id()).map(v -> v));
  }

  private static ExportSection section(
      String name, int order, java.util.function.Function<Account, Uni<Object>> content) {
    return new ExportSection() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public Uni<Object> contentFor(Account account) {
        return content.apply(account);
      }
    };
  }
}
