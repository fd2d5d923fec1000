package com.profileservice.legal.requests;

/**
 * Where a legal request stands. RECEIVED at intake; a reviewer's decision makes it APPROVED or
 * REJECTED, finally; disclosing an approved request makes it FULFILLED. An approved PRESERVATION
 * request stays APPROVED: it holds data and discloses nothing.
 */
public enum LegalRequestState {
  RECEIVED,
  APPROVED,
  REJECTED,
  FULFILLED
}
