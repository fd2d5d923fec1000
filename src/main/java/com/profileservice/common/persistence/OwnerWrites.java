package com.profileservice.common.persistence;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one owner's writes one after another on this replica, each in its own request's context.
 *
 * <p>Concurrent writes of one owner would otherwise each take a pooled connection and queue on the
 * profile's row lock inside the database: a hundred requests of one user could hold every
 * connection and starve everyone else. Here they wait in memory instead, so one owner holds at most
 * one connection per replica, and a bystander is unaffected. The row lock that every write still
 * takes ({@code SELECT ... FOR UPDATE}) orders writes that reach different replicas.
 *
 * <p>A write that has started runs to its end even when its client goes away, so its transaction
 * always commits or rolls back instead of being torn down half way; a write still waiting is
 * dropped when its client goes away.
 */
@ApplicationScoped
public class OwnerWrites {

  private final int maxQueued;
  private final Map<String, Lane> lanes = new HashMap<>();

  @Inject
  public OwnerWrites(DatabaseConfig config) {
    this(config.maxQueuedWritesPerOwner());
  }

  /** For tests of the queue alone. */
  OwnerWrites(int maxQueued) {
    this.maxQueued = maxQueued;
  }

  /** Runs {@code write} once every earlier write of {@code owner} on this replica has ended. */
  public <T> Uni<T> serialise(String owner, Supplier<Uni<T>> write) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              Job<T> job = new Job<>(owner, write, emitter, Vertx.currentContext());
              emitter.onTermination(() -> withdraw(job));
              switch (admit(job)) {
                case RUN -> job.start();
                case WAIT -> {}
                case REFUSE -> emitter.fail(new TooManyWrites());
              }
            });
  }

  private enum Admission {
    RUN,
    WAIT,
    REFUSE
  }

  private synchronized Admission admit(Job<?> job) {
    Lane lane = lanes.computeIfAbsent(job.owner, owner -> new Lane());
    if (!lane.busy) {
      lane.busy = true;
      return Admission.RUN;
    }
    if (lane.waiting.size() >= maxQueued) {
      return Admission.REFUSE;
    }
    lane.waiting.add(job);
    return Admission.WAIT;
  }

  /** A client that left before its write started: the write never runs. */
  private synchronized void withdraw(Job<?> job) {
    Lane lane = lanes.get(job.owner);
    if (lane != null) {
      lane.waiting.remove(job);
    }
  }

  /** The owner's next waiting write, or null when none waits and the lane is given up. */
  private synchronized Job<?> next(String owner) {
    Lane lane = lanes.get(owner);
    Job<?> next = lane.waiting.poll();
    if (next == null) {
      lanes.remove(owner);
    }
    return next;
  }

  private void finished(String owner) {
    Job<?> next = next(owner);
    if (next != null) {
      next.start();
    }
  }

  private static final class Lane {
    private boolean busy;
    private final ArrayDeque<Job<?>> waiting = new ArrayDeque<>();
  }

  private final class Job<T> {
    private final String owner;
    private final Supplier<Uni<T>> write;
    private final UniEmitter<? super T> emitter;
    private final Context context;

    private Job(String owner, Supplier<Uni<T>> write, UniEmitter<? super T> emitter, Context ctx) {
      this.owner = owner;
      this.write = write;
      this.emitter = emitter;
      this.context = ctx;
    }

    /**
     * On the request's own context, where its database session lives: the previous write ends on
     * its own request's thread, which must never touch this request's session.
     */
    private void start() {
      if (context == null) {
        run();
      } else {
        context.runOnContext(ignored -> run());
      }
    }

    private void run() {
      Uni<T> work;
      try {
        work = write.get();
      } catch (RuntimeException e) {
        work = Uni.createFrom().failure(e);
      }
      work.subscribe()
          .with(
              item -> {
                finished(owner);
                emitter.complete(item);
              },
              failure -> {
                finished(owner);
                emitter.fail(failure);
              });
    }
  }
}
