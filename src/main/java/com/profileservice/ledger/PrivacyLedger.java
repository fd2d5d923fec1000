package com.profileservice.ledger;

import com.profileservice.common.paging.Page;
import com.profileservice.common.paging.PageRequest;
import com.profileservice.ledger.LedgerEntry.Kind;
import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.policy.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records every consent and visibility change, in the caller's transaction, so a change and its
 * record commit or fail together. Entries carry the owner's subject, never personal values.
 */
@ApplicationScoped
public class PrivacyLedger {

  /** The only channel so far: the owner's own API calls. */
  public static final String API = "api";

  private final LedgerRepository entries;
  private final Clock clock;

  public PrivacyLedger(LedgerRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  public Uni<Void> recordConsent(
      String ownerSubject, String consent, boolean before, boolean after, String actor) {
    return entries
        .persist(
            entry(ownerSubject, Kind.CONSENT, consent, before, after, actor, Instant.now(clock)))
        .replaceWithVoid();
  }

  /** One entry for each field whose flag differs between the two maps (missing: the default). */
  public Uni<Void> recordVisibility(
      String ownerSubject,
      Map<String, Visibility> before,
      Map<String, Visibility> after,
      String actor) {
    Instant now = Instant.now(clock);
    List<LedgerEntry> changed = new ArrayList<>();
    PrivacyPolicy.fields()
        .forEach(
            field -> {
              Visibility old = before.getOrDefault(field.field(), field.defaultVisibility());
              Visibility current = after.getOrDefault(field.field(), field.defaultVisibility());
              if (!Objects.equals(old, current)) {
                changed.add(
                    entry(ownerSubject, Kind.VISIBILITY, field.field(), old, current, actor, now));
              }
            });
    return changed.isEmpty() ? Uni.createFrom().voidItem() : entries.persist(changed);
  }

  public Uni<Page<LedgerEntryView>> history(String ownerSubject, PageRequest request) {
    return entries
        .page(ownerSubject, request)
        .flatMap(
            list ->
                entries
                    .countFor(ownerSubject)
                    .map(
                        total ->
                            new Page<>(
                                list.stream().map(LedgerEntryView::of).toList(),
                                request.page,
                                request.size,
                                total)));
  }

  /** Every entry about the owner, oldest first: the whole history, for the owner's export. */
  public Uni<List<LedgerEntryView>> all(String ownerSubject) {
    return entries
        .list("ownerSubject = ?1 order by id", ownerSubject)
        .map(list -> list.stream().map(LedgerEntryView::of).toList());
  }

  private static LedgerEntry entry(
      String ownerSubject,
      Kind kind,
      String item,
      Object before,
      Object after,
      String actor,
      Instant at) {
    LedgerEntry e = new LedgerEntry();
    e.ownerSubject = ownerSubject;
    e.kind = kind;
    e.item = item;
    e.oldValue = String.valueOf(before);
    e.newValue = String.valueOf(after);
    e.policyVersion = PrivacyPolicy.VERSION;
    e.actor = actor;
    e.channel = API;
    e.recordedAt = at;
    return e;
  }
}
