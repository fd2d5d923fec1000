package com.profileservice.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache's own rules, without the application: races, deadlines, outages, the switch. */
class PublicViewCacheTest {

  private final AtomicLong now = new AtomicLong(1_000_000);

  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }

        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  private PublicViewCache listening() {
    PublicViewCache cache = new PublicViewCache(true, 100, clock);
    cache.startListening();
    return cache;
  }

  private static RenderedView view(String etag) {
    return new RenderedView(new byte[] {1}, etag, RenderedView.FOREVER);
  }

  @Test
  void aViewReadBeforeAnEvictionIsNotKeptAfterIt() {
    PublicViewCache cache = listening();
    long ticket = cache.ticket("alice");
    // The write commits and evicts while the read that saw the old row is still under way.
    cache.invalidate("alice");
    cache.keep("alice", ticket, view("\"old\""));

    assertNull(cache.lookup("alice"));
  }

  @Test
  void aViewReadAfterTheLastEvictionIsKept() {
    PublicViewCache cache = listening();
    cache.invalidate("alice");
    RenderedView fresh = view("\"new\"");
    cache.keep("alice", cache.ticket("alice"), fresh);

    assertSame(fresh, cache.lookup("alice"));
  }

  @Test
  void anEvictionOfAnotherHandleDoesNotStopAFill() {
    PublicViewCache cache = listening();
    long ticket = cache.ticket("alice");
    cache.invalidate("bob");
    RenderedView view = view("\"a\"");
    cache.keep("alice", ticket, view);

    assertSame(view, cache.lookup("alice"));
  }

  @Test
  void anUnverifiedAccountsViewIsNotServedFromTheEndOfItsGracePeriod() {
    PublicViewCache cache = listening();
    RenderedView view = new RenderedView(new byte[] {1}, "\"a\"", now.get() + 500);
    cache.keep("alice", cache.ticket("alice"), view);

    now.addAndGet(499);
    assertSame(view, cache.lookup("alice"));
    now.addAndGet(1);
    assertNull(cache.lookup("alice"));
  }

  @Test
  void whileNotListeningNothingIsServedOrKeptAndWhatWasKeptIsForgotten() {
    PublicViewCache cache = listening();
    cache.keep("alice", cache.ticket("alice"), view("\"a\""));
    long before = cache.ticket("bob");

    cache.stopListening();
    cache.keep("bob", before, view("\"b\""));
    cache.keep("carol", cache.ticket("carol"), view("\"c\""));
    assertFalse(cache.inUse());
    assertNull(cache.lookup("alice"));

    cache.startListening();
    assertNull(cache.lookup("alice"));
    assertNull(cache.lookup("bob"));
    assertNull(cache.lookup("carol"));
    assertEquals(0, cache.size());
  }

  @Test
  void switchedOffItIsNeverUsedEvenWhenTheListenerWouldListen() {
    PublicViewCache cache = new PublicViewCache(false, 100, clock);
    cache.startListening();
    cache.keep("alice", cache.ticket("alice"), view("\"a\""));

    assertFalse(cache.inUse());
    assertNull(cache.lookup("alice"));
  }

  @Test
  void onlyWhatCanBeAHandleHasAKeyAndKeysIgnoreCase() {
    assertEquals("alice_1", PublicViewCache.key("Alice_1"));
    assertNull(PublicViewCache.key(""));
    assertNull(PublicViewCache.key("a-b"));
    assertNull(PublicViewCache.key("\u212Alice"));
    assertNull(PublicViewCache.key("a".repeat(16)));
    assertTrue(PublicViewCache.key("a".repeat(15)) != null);
  }
}
