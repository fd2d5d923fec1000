package com.profileservice.profile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Rendered public views by handle (lower case), in process and bounded. It never serves what a
 * committed write changed:
 *
 * <ul>
 *   <li>a write evicts the handle on this replica once it commits ({@link PublicViewChanges}), and
 *       every replica when the database delivers its notification ({@link PublicViewListener});
 *   <li>a view that a read rendered from a row older than an eviction is not kept: each read takes
 *       a {@link #ticket} before it queries, and {@link #keep} drops its view when an eviction of
 *       the handle (or a {@link #stopListening}) came in between;
 *   <li>an unverified account's view is not served past the end of its grace period;
 *   <li>until the listener listens, nothing is served or kept: without it, writes on other replicas
 *       would go unheard.
 * </ul>
 */
public final class PublicViewCache {

  /** Not a ticket: the view must not be kept. */
  static final long NO_TICKET = -1;

  /** Generations of handles, by hash; a power of two. A shared stripe only costs a fill. */
  private static final int STRIPES = 4096;

  private final boolean enabled;
  private final Clock clock;
  private final Cache<String, RenderedView> views;
  private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
  private final AtomicLong invalidations = new AtomicLong();
  private volatile boolean listening;

  /** {@code enabled} false: never used, whatever the listener does. */
  public PublicViewCache(boolean enabled, long maximumSize, Clock clock) {
    this.enabled = enabled;
    this.clock = clock;
    this.views = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
  }

  /** The cache key of a handle as a client wrote it; null when it cannot be a handle. */
  static String key(String handle) {
    int length = handle == null ? 0 : handle.length();
    if (length == 0 || length > 15) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      char c = handle.charAt(i);
      boolean handleChar =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!handleChar) {
        return null;
      }
    }
    // ASCII only, so Java and PostgreSQL's lower() agree; no copy when already lower case.
    return handle.toLowerCase(java.util.Locale.ROOT);
  }

  /** The view to serve, or null: not kept, no longer fresh, or the cache is not in use. */
  RenderedView lookup(String key) {
    if (!listening) {
      return null;
    }
    RenderedView view = views.getIfPresent(key);
    if (view == null || view.freshUntilMillis() == RenderedView.FOREVER) {
      return view;
    }
    if (view.freshAt(clock.millis())) {
      return view;
    }
    views.asMap().remove(key, view);
    return null;
  }

  /** Taken before reading the database for {@code key}; {@link #NO_TICKET} when not in use. */
  long ticket(String key) {
    return listening ? generations.get(stripe(key)) : NO_TICKET;
  }

  /**
   * Keeps a view read with {@code ticket}, unless the handle was evicted since. The check comes
   * after the put, and an eviction bumps the generation before it removes: whichever runs second
   * removes the stale view.
   */
  void keep(String key, long ticket, RenderedView view) {
    if (ticket == NO_TICKET) {
      return;
    }
    views.put(key, view);
    if (generations.get(stripe(key)) != ticket || !listening) {
      views.asMap().remove(key, view);
    }
  }

  /** The handle's view, if kept, is gone, and no read that started earlier may keep one. */
  public void invalidate(String key) {
    generations.incrementAndGet(stripe(key));
    views.invalidate(key);
    invalidations.incrementAndGet();
  }

  /** The listener listens (again): from now on every change is heard, so views may be kept. */
  void startListening() {
    if (!enabled) {
      return;
    }
    forgetAll();
    listening = true;
  }

  /** The listener stopped hearing changes: bypass the cache and forget what it held. */
  void stopListening() {
    listening = false;
    forgetAll();
  }

  private void forgetAll() {
    for (int i = 0; i < STRIPES; i++) {
      generations.incrementAndGet(i);
    }
    views.invalidateAll();
  }

  public boolean enabled() {
    return enabled;
  }

  /** Whether views are served and kept: enabled, and the listener listens. */
  public boolean inUse() {
    return listening;
  }

  long size() {
    return views.estimatedSize();
  }

  double hitRatio() {
    return views.stats().hitRate();
  }

  long hits() {
    return views.stats().hitCount();
  }

  long misses() {
    return views.stats().missCount();
  }

  /** Views dropped to stay within the maximum size. */
  long sizeEvictions() {
    return views.stats().evictionCount();
  }

  /** Handles evicted because their profile changed. */
  long invalidations() {
    return invalidations.get();
  }

  private static int stripe(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }
}
