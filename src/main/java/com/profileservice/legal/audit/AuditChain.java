package com.profileservice.legal.audit;

import com.profileservice.common.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The audit log's hash chain as pure computation: the canonical text of an entry, its hash, and the
 * walk that checks a stored chain. The README spells out the canonical text so that anyone can
 * recompute the chain without this code.
 */
final class AuditChain {

  /** The previous hash of the first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final String FORMAT = "legal-audit-v1";

  /** Microseconds, because that is what PostgreSQL keeps; a finer time would not read back. */
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /** One entry with everything its hash covers, and the hash itself. */
  record Link(
      long seq,
      Instant at,
      String actor,
      AuditAction action,
      long requestId,
      String detail,
      String previousHash,
      String hash) {}

  /** The entry that follows {@code previousHash}, its time cut to what the database keeps. */
  static Link next(
      long seq,
      Instant at,
      String actor,
      AuditAction action,
      long requestId,
      String detail,
      String previousHash) {
    Instant stored = at.truncatedTo(ChronoUnit.MICROS);
    String hash = sha256(canonical(seq, stored, actor, action, requestId, detail, previousHash));
    return new Link(seq, stored, actor, action, requestId, detail, previousHash, hash);
  }

  /**
   * The exact text that is hashed. Free-text values (actor, detail) carry their length in UTF-8
   * bytes, so no choice of characters in them can make two different entries read alike.
   */
  static String canonical(
      long seq,
      Instant at,
      String actor,
      AuditAction action,
      long requestId,
      String detail,
      String previousHash) {
    return String.join(
        "\n",
        FORMAT,
        "seq:" + seq,
        "at:" + AT.format(at),
        "actor:" + counted(actor),
        "action:" + action.name(),
        "request:" + requestId,
        "detail:" + counted(detail),
        "previous:" + previousHash);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256(String text) {
    return Sha256.hex(text);
  }

  private static String counted(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
  }

  /**
   * Checks stored entries fed to it in sequence order, then the chain head. The first broken entry
   * is the first one that is missing, altered, or chained onto anything but its predecessor.
   */
  static final class Verifier {

    private long entries;
    private long expectedSeq = 1;
    private String expectedPrevious = GENESIS;
    private Long firstBroken;

    void accept(Link entry) {
      entries++;
      if (firstBroken != null) {
        return;
      }
      if (entry.seq() != expectedSeq) {
        firstBroken = expectedSeq;
        return;
      }
      String recomputed =
          next(
                  entry.seq(),
                  entry.at(),
                  entry.actor(),
                  entry.action(),
                  entry.requestId(),
                  entry.detail(),
                  entry.previousHash())
              .hash();
      if (!entry.previousHash().equals(expectedPrevious) || !recomputed.equals(entry.hash())) {
        firstBroken = entry.seq();
        return;
      }
      expectedSeq++;
      expectedPrevious = entry.hash();
    }

    /** The verdict, given the head's record of the newest entry (which catches a lost tail). */
    AuditVerification finish(long headSeq, String headHash) {
      if (firstBroken == null) {
        long lastSeq = expectedSeq - 1;
        if (headSeq != lastSeq) {
          firstBroken = Math.min(headSeq, lastSeq) + 1;
        } else if (!headHash.equals(expectedPrevious)) {
          firstBroken = Math.max(lastSeq, 1);
        }
      }
      return new AuditVerification(firstBroken == null, entries, firstBroken);
    }
  }
}
