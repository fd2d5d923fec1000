package com.profileservice.legal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row naming the newest audit entry; appends lock it to stay in a single line. */
@Entity
@Table(name = "legal_audit_head")
public class AuditHead {

  static final int ID = 1;

  @Id Integer id;

  @Column(name = "last_seq", nullable = false)
  long lastSeq;

  @Column(name = "last_hash", nullable = false)
  String lastHash;
}
