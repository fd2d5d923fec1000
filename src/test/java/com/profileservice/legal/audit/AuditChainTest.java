package com.profileservice.legal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-30T12:00:00.123456Z");

  @Test
  void canonicalTextIsExactlyAsDocumented() {
    assertEquals(
        "legal-audit-v1\n"
            + "seq:1\n"
            + "at:2026-11-30T12:00:00.123456Z\n"
            + "actor:5:alice\n"
            + "action:FILED\n"
            + "request:7\n"
            + "detail:6:légal\n"
            + "previous:"
            + "0".repeat(64),
        AuditChain.canonical(1, AT, "alice", AuditAction.FILED, 7, "légal", AuditChain.GENESIS));
  }

  /** The value was computed outside Java (printf ... | sha256sum), from the README's format. */
  @Test
  void hashIsSha256OfTheCanonicalTextInLowerCaseHex() {
    AuditChain.Link link =
        AuditChain.next(1, AT, "alice", AuditAction.FILED, 7, "légal", AuditChain.GENESIS);

    assertEquals("36c8a0e755f4d4e6617ea80460fb76656010abaf9baa8d51e63fb774adbadc7e", link.hash());
  }

  @Test
  void timeIsAlwaysWrittenWithSixFractionDigitsAndCutToMicroseconds() {
    Instant whole = Instant.parse("2026-01-02T03:04:05Z");
    assertTrue(
        AuditChain.canonical(1, whole, "a", AuditAction.FILED, 1, "", AuditChain.GENESIS)
            .contains("at:2026-01-02T03:04:05.000000Z\n"));

    AuditChain.Link link =
        AuditChain.next(
            1,
            Instant.parse("2026-01-02T03:04:05.123456789Z"),
            "a",
            AuditAction.FILED,
            1,
            "",
            AuditChain.GENESIS);
    assertEquals(Instant.parse("2026-01-02T03:04:05.123456Z"), link.at());
  }

  @Test
  void lengthPrefixesKeepFreeTextFromImitatingOtherFields() {
    String honest =
        AuditChain.next(1, AT, "alice", AuditAction.FILED, 7, "x", AuditChain.GENESIS).hash();
    String forged =
        AuditChain.next(1, AT, "alice\naction:FILED", AuditAction.FILED, 7, "x", AuditChain.GENESIS)
            .hash();

    assertNotEquals(honest, forged);
  }

  @Test
  void everyFieldIsCoveredByTheHash() {
    AuditChain.Link base =
        AuditChain.next(3, AT, "alice", AuditAction.DECIDED, 7, "d", AuditChain.GENESIS);
    String other = "1".repeat(64);
    List<AuditChain.Link> variants =
        List.of(
            AuditChain.next(4, AT, "alice", AuditAction.DECIDED, 7, "d", AuditChain.GENESIS),
            AuditChain.next(
                3, AT.plusNanos(1000), "alice", AuditAction.DECIDED, 7, "d", AuditChain.GENESIS),
            AuditChain.next(3, AT, "bob", AuditAction.DECIDED, 7, "d", AuditChain.GENESIS),
            AuditChain.next(3, AT, "alice", AuditAction.ACCESSED, 7, "d", AuditChain.GENESIS),
            AuditChain.next(3, AT, "alice", AuditAction.DECIDED, 8, "d", AuditChain.GENESIS),
            AuditChain.next(3, AT, "alice", AuditAction.DECIDED, 7, "e", AuditChain.GENESIS),
            AuditChain.next(3, AT, "alice", AuditAction.DECIDED, 7, "d", other));
    variants.forEach(v -> assertNotEquals(base.hash(), v.hash(), v.toString()));
  }

  @Test
  void intactChainVerifies() {
    List<AuditChain.Link> chain = chain(5);

    AuditVerification result = verify(chain, 5, chain.get(4).hash());

    assertTrue(result.valid());
    assertEquals(5, result.entries());
    assertNull(result.firstBrokenEntry());
  }

  @Test
  void emptyChainVerifies() {
    assertTrue(verify(List.of(), 0, AuditChain.GENESIS).valid());
  }

  @Test
  void alteredEntryBreaksTheChainAtThatEntry() {
    List<AuditChain.Link> chain = new ArrayList<>(chain(5));
    AuditChain.Link original = chain.get(2);
    chain.set(
        2,
        new AuditChain.Link(
            original.seq(),
            original.at(),
            "mallory",
            original.action(),
            original.requestId(),
            original.detail(),
            original.previousHash(),
            original.hash()));

    AuditVerification result = verify(chain, 5, chain.get(4).hash());

    assertFalse(result.valid());
    assertEquals(3L, result.firstBrokenEntry());
    assertEquals(5, result.entries());
  }

  @Test
  void rehashedEntryBreaksTheChainAtItsSuccessor() {
    List<AuditChain.Link> chain = new ArrayList<>(chain(5));
    AuditChain.Link original = chain.get(2);
    chain.set(
        2,
        AuditChain.next(
            original.seq(),
            original.at(),
            "mallory",
            original.action(),
            original.requestId(),
            original.detail(),
            original.previousHash()));

    assertEquals(4L, verify(chain, 5, chain.get(4).hash()).firstBrokenEntry());
  }

  @Test
  void missingEntryBreaksTheChainAtItsNumber() {
    List<AuditChain.Link> chain = new ArrayList<>(chain(5));
    String headHash = chain.get(4).hash();
    chain.remove(1);

    AuditVerification result = verify(chain, 5, headHash);

    assertFalse(result.valid());
    assertEquals(2L, result.firstBrokenEntry());
    assertEquals(4, result.entries());
  }

  @Test
  void missingLastEntryIsCaughtByTheHead() {
    List<AuditChain.Link> chain = new ArrayList<>(chain(5));
    String headHash = chain.get(4).hash();
    chain.remove(4);

    assertEquals(5L, verify(chain, 5, headHash).firstBrokenEntry());
  }

  @Test
  void replacedLastEntryIsCaughtByTheHead() {
    List<AuditChain.Link> chain = new ArrayList<>(chain(5));
    String headHash = chain.get(4).hash();
    AuditChain.Link last = chain.get(4);
    chain.set(
        4,
        AuditChain.next(
            5, last.at(), "mallory", last.action(), 1, last.detail(), last.previousHash()));

    assertEquals(5L, verify(chain, 5, headHash).firstBrokenEntry());
  }

  private static List<AuditChain.Link> chain(int length) {
    List<AuditChain.Link> chain = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditChain.Link link =
          AuditChain.next(
              seq, AT.plusSeconds(seq), "actor-" + seq, AuditAction.FILED, seq, "d", previous);
      chain.add(link);
      previous = link.hash();
    }
    return chain;
  }

  private static AuditVerification verify(
      List<AuditChain.Link> chain, long headSeq, String headHash) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    chain.forEach(verifier::accept);
    return verifier.finish(headSeq, headHash);
  }
}
