package com.profileservice.legal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the hash-chained legal audit log; never changed once written. */
@Entity
@Table(name = "legal_audit_entry")
public class AuditEntry {

  @Id
  @Column(updatable = false)
  Long seq;

  @Column(nullable = false, updatable = false)
  Instant at;

  @Column(nullable = false, updatable = false)
  String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  AuditAction action;

  @Column(name = "request_id", nullable = false, updatable = false)
  Long requestId;

  @Column(nullable = false, updatable = false)
  String detail;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  String previousHash;

  @Column(nullable = false, updatable = false)
  String hash;

  AuditChain.Link link() {
    return new AuditChain.Link(seq, at, actor, action, requestId, detail, previousHash, hash);
  }

  static AuditEntry of(AuditChain.Link link) {
    AuditEntry entry = new AuditEntry();
    entry.seq = link.seq();
    entry.at = link.at();
    entry.actor = link.actor();
    entry.action = link.action();
    entry.requestId = link.requestId();
    entry.detail = link.detail();
    entry.previousHash = link.previousHash();
    entry.hash = link.hash();
    return entry;
  }
}
