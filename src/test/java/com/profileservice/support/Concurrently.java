package com.profileservice.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Sends many requests at the same moment, the way several clients of one user do, and fails the
 * test when any of them hangs. The bound is a hang detector, not a performance assertion: it is far
 * above any answer the service gives, and far below "forever".
 */
public final class Concurrently {

  /** Longer than any defined answer may take, even on a loaded two-core machine. */
  public static final Duration HANG = Duration.ofSeconds(60);

  /** Every request of a test class that sets it as {@code RestAssured.config} gives up in time. */
  public static final RestAssuredConfig BOUNDED =
      RestAssuredConfig.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", (int) HANG.toMillis())
                  .setParam("http.socket.timeout", (int) HANG.toMillis()));

  private Concurrently() {}

  /** A request whose client gives up once {@link #HANG} has passed, so no thread is left over. */
  public static RequestSpecification request() {
    return given().config(BOUNDED);
  }

  /**
   * Runs {@code calls} requests, released together once every thread is ready, and returns their
   * responses in call order.
   */
  public static List<Response> run(int calls, IntFunction<Response> call) {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    CountDownLatch ready = new CountDownLatch(calls);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Response>> pending = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        pending.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return call.apply(index);
                }));
      }
      awaitLatch(ready);
      go.countDown();
      return awaitAll(pending);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Waits for every future, failing the test on the first that does not finish in time. */
  public static <T> List<T> awaitAll(List<Future<T>> pending) {
    long deadline = System.nanoTime() + HANG.toNanos();
    List<T> results = new ArrayList<>();
    for (Future<T> future : pending) {
      results.add(await(future, deadline));
    }
    return results;
  }

  private static <T> T await(Future<T> future, long deadline) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("a request hung: no answer within " + HANG, e);
    } catch (ExecutionException e) {
      throw new AssertionError("a request failed on the client side", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for requests", e);
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(HANG.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the request threads did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while starting requests", e);
    }
  }
}
