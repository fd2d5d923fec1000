package com.profileservice.legal.requests;

import com.profileservice.policy.LegalBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A legal request that passed every intake rule, with its values in their stored types. */
record ValidLegalRequest(
    LegalBasis legalBasis,
    String issuingAuthority,
    String referenceNumber,
    LocalDate issuedOn,
    List<String> targetHandles,
    List<String> requestedFields,
    Instant nonDisclosureUntil) {}
