package com.profileservice.legal.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One account a legal request names, resolved from its handle at intake. */
@Entity
@Table(name = "legal_target")
public class LegalTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  Long requestId;

  @Column(nullable = false, updatable = false)
  String handle;

  @Column(nullable = false, updatable = false)
  String subject;

  public String handle() {
    return handle;
  }

  public String subject() {
    return subject;
  }

  static LegalTarget of(Long requestId, String handle, String subject) {
    LegalTarget target = new LegalTarget();
    target.requestId = requestId;
    target.handle = handle;
    target.subject = subject;
    return target;
  }
}
