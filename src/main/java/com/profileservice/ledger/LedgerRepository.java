package com.profileservice.ledger;

import com.profileservice.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Appends to and reads the privacy ledger. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepository<LedgerEntry> {

  /** Newest first; the identity column orders entries written in the same instant. */
  public Uni<List<LedgerEntry>> page(String ownerSubject, PageRequest request) {
    return find("ownerSubject", Sort.descending("id"), ownerSubject).page(request.panache()).list();
  }

  public Uni<Long> countFor(String ownerSubject) {
    return count("ownerSubject", ownerSubject);
  }
}
