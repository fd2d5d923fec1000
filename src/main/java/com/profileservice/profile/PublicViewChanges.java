package com.profileservice.profile;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;

/**
 * The hook every write that changes a public view calls inside its transaction, naming the
 * profile's handle: {@code changed(handle)}.
 *
 * <p>It evicts the view at once, and again once the transaction has committed, before the HTTP
 * answer goes out ({@link PublicViewEvictionOnAnswer}): a read that ran while the transaction was
 * open saw the old row, and a cache that kept it meanwhile is cleared, so the very next request
 * reads the new one. Other replicas hear of the change from the database itself (the trigger of
 * migration V8 notifies on every change of a profile row, delivered on commit).
 */
@Singleton
public class PublicViewChanges {

  private static final String PENDING = PublicViewChanges.class.getName() + ".pending";

  private final PublicViewCache cache;

  PublicViewChanges(PublicViewCache cache) {
    this.cache = cache;
  }

  /** The public view of {@code handle} changes when the running transaction commits. */
  public void changed(String handle) {
    String key = PublicViewCache.key(handle);
    if (key == null) {
      return;
    }
    cache.invalidate(key);
    Context context = Vertx.currentContext();
    // Only a request's own (duplicated) context ends with an answer; elsewhere the notification
    // evicts on commit.
    if (context != null && VertxContext.isDuplicatedContext(context)) {
      Set<String> pending = context.getLocal(PENDING);
      if (pending == null) {
        pending = new HashSet<>();
        context.putLocal(PENDING, pending);
      }
      pending.add(key);
    }
  }

  /** Evicts what the request's writes changed; their transactions have ended by now. */
  void answering() {
    Context context = Vertx.currentContext();
    if (context == null || !VertxContext.isDuplicatedContext(context)) {
      return;
    }
    Set<String> pending = context.getLocal(PENDING);
    if (pending != null) {
      context.removeLocal(PENDING);
      pending.forEach(cache::invalidate);
    }
  }
}
