package com.profileservice.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against the machine's RabbitMQ, reached through a proxy the test can cut: every event
 * arrives, each profile's in order, across a broker outage and a change of relaying instance.
 */
@QuarkusTest
@TestProfile(RelayOn.class)
@QuarkusTestResource(value = BrokerBehindProxy.class, restrictToAnnotatedClass = true)
class RelayTest {

  private static final Pattern BACKLOG =
      Pattern.compile("(?m)^profile_events_backlog(?:\\{[^}]*\\})? ([0-9.E]+)$");

  /**
   * The RabbitMQ client logs an ERROR for every reconnection attempt that the cut proxy refuses,
   * which is exactly the outage these tests stage; what the service owes (events wait, readiness
   * UP, the backlog shown and drained in order) is checked, so these tests alone silence it.
   */
  private static final java.util.logging.Logger REFUSED_RECONNECTIONS =
      java.util.logging.Logger.getLogger("io.vertx.rabbitmq.impl.RabbitMQClientImpl");

  @Inject Database database;
  @Inject EventRelay relays;
  @Inject EventPublisher publisher;

  private Connection connection;
  private Channel channel;
  private final Queue<JsonObject> received = new ConcurrentLinkedQueue<>();

  /** A queue of this test's own on the relay's exchange, taking every event type. */
  @BeforeEach
  void consume() throws Exception {
    REFUSED_RECONNECTIONS.setLevel(java.util.logging.Level.OFF);
    BrokerBehindProxy.brokerReachable(true);
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    factory.setPort(5672);
    factory.setUsername("guest");
    factory.setPassword("guest");
    connection = factory.newConnection("relay-test");
    channel = connection.createChannel();
    channel.exchangeDeclare(RelayOn.EXCHANGE, "topic", true);
    String queue = channel.queueDeclare("", false, true, true, null).getQueue();
    channel.queueBind(queue, RelayOn.EXCHANGE, "profile-service.#");
    channel.basicConsume(
        queue,
        true,
        (tag, delivery) -> {
          JsonObject event = new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8));
          assertEquals(event.getString("type"), delivery.getEnvelope().getRoutingKey());
          received.add(event);
        },
        tag -> {});
  }

  @AfterEach
  void stopConsuming() throws Exception {
    BrokerBehindProxy.brokerReachable(true);
    connection.close();
    REFUSED_RECONNECTIONS.setLevel(null);
  }

  @Test
  void thousandChangesOfFiftyProfilesArriveAllAndInOrderAcrossABrokerOutage() throws Exception {
    List<String> subjects = new ArrayList<>();
    List<String> handles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String subject = Profiles.newSubject();
      subjects.add(subject);
      handles.add(Profiles.create(subject, Profiles.minimal(Profiles.newHandle())));
    }
    AtomicInteger changes = new AtomicInteger(50);
    ExecutorService writers = Executors.newFixedThreadPool(10);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < 10; w++) {
      int writer = w;
      done.add(
          writers.submit(
              () -> {
                for (int round = 0; round < 19; round++) {
                  for (int p = writer; p < 50; p += 10) {
                    Profiles.patch(
                            Tokens.user(subjects.get(p)),
                            Map.of("website", "https://r" + round + ".example.org/"))
                        .statusCode(200);
                    changes.incrementAndGet();
                  }
                }
              }));
    }
    awaitTrue(() -> changes.get() >= 400, 120, "the writers did not get going");
    BrokerBehindProxy.brokerReachable(false);
    for (Future<?> writer : done) {
      writer.get(300, TimeUnit.SECONDS);
    }
    writers.shutdown();
    assertEquals(1000, changes.get());

    awaitTrue(() -> backlog() > 0, 60, "the backlog metric never showed the waiting events");
    given().get("/q/health/ready").then().statusCode(200);
    BrokerBehindProxy.brokerReachable(true);

    awaitTrue(() -> distinctIdsOf(handles) == 1000, 300, "not every event arrived");
    assertInOrderPerProfile(handles, 20);
    awaitTrue(() -> backlog() == 0, 60, "the backlog never drained");
  }

  @Test
  void twoRelayingInstancesNeitherReorderNorSendTwiceButForRedelivery() throws Exception {
    EventRelay.Relay second = relays.newRelay(publisher);
    second.start();
    try {
      List<String> subjects = new ArrayList<>();
      List<String> handles = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String subject = Profiles.newSubject();
        subjects.add(subject);
        handles.add(Profiles.create(subject, Profiles.minimal(Profiles.newHandle())));
      }
      for (int round = 0; round < 10; round++) {
        for (String subject : subjects) {
          Profiles.patch(Tokens.user(subject), Map.of("website", "https://t" + round + ".org/"))
              .statusCode(200);
        }
        if (round == 4) {
          // The leading instance's session ends, as when its replica dies: the other takes over.
          assertEquals(1, endLeadingSession());
        }
      }

      awaitTrue(() -> distinctIdsOf(handles) == 220, 300, "not every event arrived");
      assertInOrderPerProfile(handles, 11);
    } finally {
      second.stop();
    }
  }

  /**
   * Of each profile, events arrive by ascending sequence; a repeat is allowed only as a redelivery:
   * the same id, carrying a sequence already delivered.
   */
  private void assertInOrderPerProfile(List<String> handles, int eventsEach) {
    Set<String> mine = new HashSet<>(handles);
    Map<String, Long> lastNew = new HashMap<>();
    Map<String, Long> sequenceOfId = new HashMap<>();
    for (JsonObject event : received) {
      String handle = event.getString("subject");
      if (!mine.contains(handle)) {
        continue;
      }
      String id = event.getString("id");
      long sequence = event.getLong("profilesequence");
      Long known = sequenceOfId.putIfAbsent(id, sequence);
      if (known != null) {
        assertEquals(known, sequence, "a redelivery carries the same sequence");
        continue;
      }
      long expected = lastNew.getOrDefault(handle, 0L) + 1;
      assertEquals(expected, sequence, handle + " received out of order");
      lastNew.put(handle, sequence);
    }
    for (String handle : handles) {
      assertEquals(eventsEach, lastNew.get(handle), handle);
    }
  }

  private long distinctIdsOf(List<String> handles) {
    Set<String> mine = new HashSet<>(handles);
    return received.stream()
        .filter(e -> mine.contains(e.getString("subject")))
        .map(e -> e.getString("id"))
        .distinct()
        .count();
  }

  private double backlog() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher value = BACKLOG.matcher(metrics);
    assertTrue(value.find(), "no profile_events_backlog gauge");
    return Double.parseDouble(value.group(1));
  }

  private long endLeadingSession() {
    long key = 0x72656c6179L;
    return database.count(
        "select count(*) from (select pg_terminate_backend(pid) from pg_locks where locktype ="
            + " 'advisory' and classid::bigint = $1 and objid::bigint = $2 and granted) ended",
        key >>> 32,
        key & 0xffffffffL);
  }

  private static void awaitTrue(BooleanSupplier condition, int seconds, String failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure);
      }
      Thread.sleep(50);
    }
  }
}
