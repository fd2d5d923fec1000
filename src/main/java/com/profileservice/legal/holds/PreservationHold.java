package com.profileservice.legal.holds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A freeze on one account's data, placed by an approved preservation request. */
@Entity
@Table(name = "preservation_hold")
public class PreservationHold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  Long requestId;

  @Column(nullable = false, updatable = false)
  String subject;

  @Column(name = "placed_at", nullable = false, updatable = false)
  Instant placedAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "extended_by")
  String extendedBy;

  @Column(name = "extended_at")
  Instant extendedAt;

  static PreservationHold place(Long requestId, String subject, Instant now) {
    PreservationHold hold = new PreservationHold();
    hold.requestId = requestId;
    hold.subject = subject;
    hold.placedAt = now;
    hold.expiresAt = now.plus(PreservationHoldService.TERM);
    return hold;
  }

  boolean extended() {
    return extendedAt != null;
  }

  void extend(String reviewer, Instant now) {
    expiresAt = expiresAt.plus(PreservationHoldService.TERM);
    extendedBy = reviewer;
    extendedAt = now;
  }
}
