package com.profileservice.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded privacy decision. Written once; the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "privacy_ledger")
public class LedgerEntry {

  /** What the entry is about. */
  public enum Kind {
    CONSENT,
    VISIBILITY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "owner_subject", nullable = false)
  String ownerSubject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Kind kind;

  @Column(nullable = false)
  String item;

  @Column(name = "old_value", nullable = false)
  String oldValue;

  @Column(name = "new_value", nullable = false)
  String newValue;

  @Column(name = "policy_version", nullable = false)
  String policyVersion;

  @Column(nullable = false)
  String actor;

  @Column(nullable = false)
  String channel;

  @Column(name = "recorded_at", nullable = false)
  Instant recordedAt;
}
