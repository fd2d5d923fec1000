package com.profileservice.legal.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** The audit chain's head row. */
@ApplicationScoped
public class AuditHeadRepository implements PanacheRepositoryBase<AuditHead, Integer> {

  /** SELECT ... FOR UPDATE: held until the calling transaction ends. */
  public Uni<AuditHead> lock() {
    return findById(AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  public Uni<AuditHead> read() {
    return findById(AuditHead.ID);
  }
}
