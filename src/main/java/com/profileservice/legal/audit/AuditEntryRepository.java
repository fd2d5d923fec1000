package com.profileservice.legal.audit;

import com.profileservice.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over the legal audit log. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

  /** Newest first. */
  public Uni<List<AuditEntry>> newestFirst(PageRequest request) {
    return findAll(Sort.descending("seq")).page(request.panache()).list();
  }

  /**
   * Up to {@code size} entries after {@code afterSeq}, none past {@code upToSeq}, as plain values:
   * the session is cleared afterwards, so a long chain never piles up in memory.
   */
  public Uni<List<AuditChain.Link>> linksAfter(long afterSeq, long upToSeq, int size) {
    return find("seq > ?1 and seq <= ?2", Sort.by("seq"), afterSeq, upToSeq)
        .page(Page.ofSize(size))
        .list()
        .map(entries -> entries.stream().map(AuditEntry::link).toList())
        .call(links -> getSession().invoke(session -> session.clear()));
  }
}
