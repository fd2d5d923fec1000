package com.profileservice.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verification token sent to one address; only its hash is stored. */
@Entity
@Table(name = "email_verification")
public class EmailVerification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "profile_id", nullable = false, updatable = false)
  long profileId;

  @Column(nullable = false, updatable = false)
  String email;

  @Column(name = "token_hash", nullable = false, updatable = false)
  String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  Instant expiresAt;

  @Column(name = "used_at")
  Instant usedAt;
}
