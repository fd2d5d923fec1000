package com.profileservice.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order in which one owner's writes run, and what happens to those that wait. */
class OwnerWritesTest {

  private final OwnerWrites writes = new OwnerWrites(2);
  private final List<String> started = new ArrayList<>();
  private final List<UniEmitter<? super String>> running = new ArrayList<>();

  /** A write that starts when the queue runs it and ends when the test says. */
  private Uni<String> write(String name) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              started.add(name);
              running.add(emitter);
            });
  }

  private UniAssertSubscriber<String> submit(String owner, String name) {
    return writes
        .serialise(owner, () -> write(name))
        .subscribe()
        .withSubscriber(UniAssertSubscriber.create());
  }

  @Test
  void oneOwnersWritesRunOneAfterAnotherInOrder() {
    UniAssertSubscriber<String> first = submit("alice", "first");
    UniAssertSubscriber<String> second = submit("alice", "second");
    assertEquals(List.of("first"), started);

    running.get(0).complete("first done");
    first.assertItem("first done");
    assertEquals(List.of("first", "second"), started);
    running.get(1).complete("second done");
    second.assertItem("second done");
  }

  @Test
  void differentOwnersWriteAtOnce() {
    submit("alice", "alice's");
    submit("bob", "bob's");
    assertEquals(List.of("alice's", "bob's"), started);
  }

  @Test
  void aFailedWriteLetsTheNextOneRun() {
    UniAssertSubscriber<String> first = submit("alice", "first");
    submit("alice", "second");
    running.get(0).fail(new IllegalStateException("the database said no"));
    first.assertFailedWith(IllegalStateException.class);
    assertEquals(List.of("first", "second"), started);
  }

  @Test
  void writesBeyondTheQueueAreRefusedWithRetryAfter() {
    submit("alice", "running");
    submit("alice", "waiting 1");
    submit("alice", "waiting 2");
    UniAssertSubscriber<String> refused = submit("alice", "one too many");
    Throwable failure = refused.awaitFailure(Duration.ofSeconds(5)).getFailure();
    TooManyWrites tooMany = assertInstanceOf(TooManyWrites.class, failure);
    assertEquals(429, tooMany.status());
    assertTrue(tooMany.headers().containsKey("Retry-After"));
  }

  @Test
  void aWaitingWriteWhoseClientLeftNeverRuns() {
    submit("alice", "running");
    submit("alice", "abandoned").cancel();
    UniAssertSubscriber<String> last = submit("alice", "last");
    running.get(0).complete("done");
    assertEquals(List.of("running", "last"), started);
    running.get(1).complete("last done");
    last.assertItem("last done");
  }

  @Test
  void aStartedWriteRunsToItsEndWhenItsClientLeaves() {
    submit("alice", "running").cancel();
    submit("alice", "next");
    assertEquals(List.of("running"), started, "the next waits for the abandoned one to end");
    running.get(0).complete("committed");
    assertEquals(List.of("running", "next"), started);
  }
}
