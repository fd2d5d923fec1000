package com.profileservice.legal.audit;

/** The legal actions the audit log records. */
public enum AuditAction {
  FILED,
  DECIDED,
  DISCLOSED,
  ACCESSED,
  HOLD_EXTENDED
}
