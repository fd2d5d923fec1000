package com.profileservice.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.profileservice.support.Database;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the figures docs/events.md quotes, measured on demand by dev/measure-relay.sh ({@code
 * -Devents.measure=true}); skipped otherwise. Events are inserted straight into the outbox (50
 * profiles of made-up ids), so the relay alone is measured, not the writes.
 */
@QuarkusTest
@TestProfile(RelayOn.class)
@QuarkusTestResource(value = BrokerBehindProxy.class, restrictToAnnotatedClass = true)
class RelayMeasurementTest {

  private static final java.util.logging.Logger REFUSED_RECONNECTIONS =
      java.util.logging.Logger.getLogger("io.vertx.rabbitmq.impl.RabbitMQClientImpl");

  @Inject Database database;

  private final AtomicLong received = new AtomicLong();

  @Test
  void measureThroughputAndDrainAfterAThirtySecondOutage() throws Exception {
    assumeTrue(Boolean.getBoolean("events.measure"), "run by dev/measure-relay.sh");
    REFUSED_RECONNECTIONS.setLevel(java.util.logging.Level.OFF);
    String run = UUID.randomUUID().toString().substring(0, 6);
    try (Connection connection = consumer()) {
      awaitCount(0, 600); // whatever the outbox held before: drained first
      received.set(0);

      long started = System.nanoTime();
      insert(run, 0, 5000);
      awaitCount(5000, 600);
      double seconds = (System.nanoTime() - started) / 1e9;
      double perSecond = 5000 / seconds;

      BrokerBehindProxy.brokerReachable(false);
      long cut = System.nanoTime();
      insert(run, 5000, 3000);
      long outage = TimeUnit.SECONDS.toNanos(30) - (System.nanoTime() - cut);
      Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(outage)));
      BrokerBehindProxy.brokerReachable(true);
      long restored = System.nanoTime();
      awaitCount(8000, 600);
      double drain = (System.nanoTime() - restored) / 1e9;

      String figures =
          String.format(
              "relay throughput: %d events in %.2f s = %.0f events/s%n"
                  + "after a 30 s outage: backlog of 3000 drained in %.2f s%n",
              5000, seconds, perSecond, drain);
      System.out.print(figures);
      Files.writeString(Path.of("target", "relay-measurement.txt"), figures);
    } finally {
      REFUSED_RECONNECTIONS.setLevel(null);
    }
  }

  private Connection consumer() throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    factory.setPort(5672);
    Connection connection = factory.newConnection("relay-measurement");
    Channel channel = connection.createChannel();
    channel.exchangeDeclare(RelayOn.EXCHANGE, "topic", true);
    String queue = channel.queueDeclare("", false, true, true, null).getQueue();
    channel.queueBind(queue, RelayOn.EXCHANGE, "profile-service.#");
    channel.basicConsume(
        queue,
        true,
        (tag, delivery) -> {
          if (new String(delivery.getBody(), StandardCharsets.UTF_8).contains("\"m-")) {
            received.incrementAndGet();
          }
        },
        tag -> {});
    return connection;
  }

  /** {@code count} events of 50 made-up profiles, sequences continuing from {@code from}. */
  private void insert(String run, int from, int count) {
    database.execute(
        "insert into outbox_event (type, handle, profile_id, sequence, occurred_at, data)"
            + " select 'profile.public-view-changed', 'm-' || $1 || (i % 50), -1000000 - (i % 50),"
            + " i / 50 + 1, now(), jsonb_build_object('handle', 'm-' || $1 || (i % 50))"
            + " from generate_series($2::int, $3::int) i",
        run, from, from + count - 1);
  }

  private void awaitCount(long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (count == 0
        ? database.count("select count(*) from outbox_event where published_at is null") > 0
        : received.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + received.get() + " of " + count + " arrived");
      }
      Thread.sleep(20);
    }
  }
}
