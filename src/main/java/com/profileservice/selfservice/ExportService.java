package com.profileservice.selfservice;

import com.profileservice.profile.ProfileAccounts;
import com.profileservice.profile.ProfileAccounts.Account;
import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything held about an owner, as one document. */
@ApplicationScoped
public class ExportService {

  private final List<ExportSection> sections;
  private final ProfileAccounts accounts;
  private final Clock clock;

  public ExportService(@All List<ExportSection> sections, ProfileAccounts accounts, Clock clock) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(ExportSection::order)).toList();
    this.accounts = accounts;
    this.clock = clock;
  }

  @WithSession
  public Uni<Map<String, Object>> export(String subject) {
    return accounts.bySubject(subject).chain(this::document);
  }

  /** Reads the sections one after another: a reactive session runs one statement at a time. */
  Uni<Map<String, Object>> document(Account account) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("exportedAt", Instant.now(clock));
    Uni<Map<String, Object>> result = Uni.createFrom().item(document);
    for (ExportSection section : sections) {
      result =
          result.chain(
              doc ->
                  section
                      .contentFor(account)
                      .map(
                          content -> {
                            doc.put(section.name(), content);
                            return doc;
                          }));
    }
    return result;
  }
}
