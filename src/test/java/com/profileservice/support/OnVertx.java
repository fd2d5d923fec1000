package com.profileservice.support;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs service code the way Quarkus runs a request: on a safe, duplicated Vert.x context. */
public final class OnVertx {

  private OnVertx() {}

  public static <T> T await(Vertx vertx, Supplier<Uni<T>> work) {
    Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
    io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle.setContextSafe(context, true);
    CompletableFuture<T> result = new CompletableFuture<>();
    context.runOnContext(
        ignored -> work.get().subscribe().with(result::complete, result::completeExceptionally));
    try {
      return result.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("work on the Vert.x context failed", e);
    }
  }
}
