package com.profileservice.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The copy of an erased profile that the law requires to be kept. No owner endpoint reads this
 * table; it is deleted as soon as no hold requires it.
 */
@Entity
@Table(name = "frozen_profile")
public class FrozenProfile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  String subject;

  @Column(name = "frozen_at", nullable = false, updatable = false)
  Instant frozenAt;

  @Column(nullable = false, updatable = false)
  String reason;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  Map<String, Object> document;
}
