package com.profileservice.legal.requests;

import com.profileservice.policy.LegalBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored legal request. Stays inside legal process: views are built from it, and the later stages
 * read it through its accessors and change it only through {@link #decide} and {@link #fulfil}.
 */
@Entity
@Table(name = "legal_request")
public class LegalRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, updatable = false)
  LegalBasis legalBasis;

  @Column(name = "issuing_authority", nullable = false, updatable = false)
  String issuingAuthority;

  @Column(name = "reference_number", nullable = false, updatable = false)
  String referenceNumber;

  @Column(name = "issued_on", nullable = false, updatable = false)
  LocalDate issuedOn;

  @Convert(converter = FieldNamesConverter.class)
  @Column(name = "requested_fields", nullable = false, updatable = false)
  List<String> requestedFields = new ArrayList<>();

  @Column(name = "non_disclosure_until", updatable = false)
  Instant nonDisclosureUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  LegalRequestState state;

  @Column(name = "filed_by", nullable = false, updatable = false)
  String filedBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  Instant filedAt;

  @Column(name = "decided_by")
  String decidedBy;

  @Column(name = "decided_at")
  Instant decidedAt;

  @Column(name = "decision_reason")
  String decisionReason;

  @Convert(converter = FieldNamesConverter.class)
  @Column(name = "approved_fields")
  List<String> approvedFields;

  @Column(name = "fulfilled_by")
  String fulfilledBy;

  @Column(name = "fulfilled_at")
  Instant fulfilledAt;

  public Long id() {
    return id;
  }

  public LegalBasis legalBasis() {
    return legalBasis;
  }

  public String issuingAuthority() {
    return issuingAuthority;
  }

  public String referenceNumber() {
    return referenceNumber;
  }

  public List<String> requestedFields() {
    return requestedFields;
  }

  public LegalRequestState state() {
    return state;
  }

  public String filedBy() {
    return filedBy;
  }

  /** Null until approved; empty for an approved PRESERVATION request. */
  public List<String> approvedFields() {
    return approvedFields;
  }

  /** Null until disclosed. */
  public Instant fulfilledAt() {
    return fulfilledAt;
  }

  public void decide(
      String reviewer, Instant now, boolean approve, String reason, List<String> fields) {
    state = approve ? LegalRequestState.APPROVED : LegalRequestState.REJECTED;
    decidedBy = reviewer;
    decidedAt = now;
    decisionReason = reason;
    approvedFields = approve ? List.copyOf(fields) : null;
  }

  public void fulfil(String reviewer, Instant now) {
    state = LegalRequestState.FULFILLED;
    fulfilledBy = reviewer;
    fulfilledAt = now;
  }
}
