package com.profileservice.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A listener retrying against a database that is not there must leave nothing behind for the
 * garbage collector: a client closed by a finalizer after Vert.x has stopped makes netty log an
 * ERROR in the middle of whatever runs next (it broke the suite's clean log once).
 */
class ChannelListenerTest {

  /** Where netty reports a task it could not hand to an event loop that has terminated. */
  private static final String NETTY_REJECTED = "io.netty.util.concurrent.DefaultPromise";

  @Test
  void failedAttemptsLeaveNoClientForTheFinalizerOnceVertxHasStopped() throws Exception {
    List<String> reported = new CopyOnWriteArrayList<>();
    Handler capture = capturing(reported);
    Logger netty = Logger.getLogger(NETTY_REJECTED);
    netty.addHandler(capture);
    try {
      Vertx vertx = Vertx.vertx();
      CountDownLatch failedAttempts = new CountDownLatch(5);
      ChannelListener listener =
          new ChannelListener(
              vertx,
              new PgConnectOptions()
                  .setHost("127.0.0.1")
                  .setPort(portNobodyListensOn())
                  .setDatabase("none")
                  .setUser("none")
                  .setConnectTimeout(1000),
              "channel-listener-test",
              "nobody_notifies",
              10,
              lostCounter(failedAttempts));
      listener.start();
      assertTrue(failedAttempts.await(30, TimeUnit.SECONDS), "five attempts failed");

      listener.stop();
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      for (int i = 0; i < 5; i++) {
        System.gc();
        System.runFinalization();
      }

      assertEquals(List.of(), reported);
    } finally {
      netty.removeHandler(capture);
    }
  }

  private static ChannelListener.Hearing lostCounter(CountDownLatch failedAttempts) {
    return new ChannelListener.Hearing() {
      @Override
      public void listening() {}

      @Override
      public void lost(Throwable failure) {
        failedAttempts.countDown();
      }

      @Override
      public void notified(String payload) {}
    };
  }

  private static Handler capturing(List<String> reported) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        reported.add(record.getLoggerName() + ": " + record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private static int portNobodyListensOn() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
