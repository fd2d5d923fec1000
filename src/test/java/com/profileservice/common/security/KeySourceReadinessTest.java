package com.profileservice.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With a JWKS URL as the key location, readiness follows what that URL answers: DOWN with a reason
 * while it refuses, hangs or answers something other than keys, UP once it answers again.
 */
@QuarkusTest
@TestProfile(KeySourceReadinessTest.RemoteKeySource.class)
class KeySourceReadinessTest {

  private static final Duration BOUND = Duration.ofSeconds(30);

  /** Points the key location at a port of this machine that the test serves, or not. */
  public static class RemoteKeySource implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "mp.jwt.verify.publickey.location",
          "http://localhost:" + freePort() + "/realms/test/certs",
          "profile.jwt.key-check-every",
          "1s",
          "profile.jwt.key-check-timeout",
          "1s");
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private enum Answer {
    KEYS,
    GARBAGE,
    SERVER_ERROR,
    NOTHING
  }

  @Inject Vertx vertx;

  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  URI location;

  private volatile Answer answer = Answer.KEYS;
  private final AtomicInteger fetches = new AtomicInteger();
  private HttpServer server;

  @AfterEach
  void stopServing() throws Exception {
    if (server != null) {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      server = null;
    }
  }

  @Test
  void readinessIsDownWithAReasonWhileTheKeySourceFailsAndUpWhenItAnswers() throws Exception {
    awaitKeySource(check -> "DOWN".equals(check.get("status")));
    assertTrue(reason().contains("refused"), reason());

    try (CapturedLogs logs = CapturedLogs.of("com.profileservice.common.security")) {
      serve();
      awaitKeySource(check -> "UP".equals(check.get("status")));
      String token = Tokens.user(Profiles.newSubject());
      // The key the source serves is the one tokens are verified with: no profile, but no 401.
      given().auth().oauth2(token).get("/me").then().statusCode(404);

      answer = Answer.GARBAGE;
      awaitKeySource(check -> "DOWN".equals(check.get("status")));
      assertTrue(reason().contains("no usable verification key"), reason());
      awaitFetches(3);

      answer = Answer.SERVER_ERROR;
      awaitKeySource(check -> reasonOf(check).contains("HTTP 500"));

      answer = Answer.NOTHING;
      awaitKeySource(check -> reasonOf(check).contains("no answer in time"));

      answer = Answer.KEYS;
      awaitKeySource(check -> "UP".equals(check.get("status")));
      given().get("/q/health/ready").then().statusCode(200);

      stopServing();
      awaitKeySource(check -> reasonOf(check).contains("refused"));

      List<String> warnings =
          logs.lines().stream().filter(line -> line.contains("cannot be fetched")).toList();
      // One line per change of state, however many fetches each state lasted.
      assertEquals(4, warnings.size(), () -> "warnings: " + warnings);
      assertTrue(warnings.get(0).contains("mp.jwt.verify.publickey.location"), warnings.get(0));
      // Back up after the refusal at start, and after the timeout.
      assertEquals(
          2,
          logs.lines().stream().filter(line -> line.contains("answers again")).count(),
          () -> "lines: " + logs.lines());
      assertFalse(logs.lines().stream().anyMatch(line -> line.contains(token)));
    }
  }

  private void serve() throws Exception {
    String keys =
        new JsonWebKeySet(
                PublicJsonWebKey.Factory.newPublicJwk(
                    KeyUtils.readPublicKey("jwt/test-public-key.pem")))
            .toJson();
    server =
        vertx
            .createHttpServer()
            .requestHandler(request -> answer(request, keys))
            .listen(location.getPort(), "localhost")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  private void answer(HttpServerRequest request, String keys) {
    fetches.incrementAndGet();
    switch (answer) {
      case KEYS -> request.response().putHeader("Content-Type", "application/json").end(keys);
      case GARBAGE -> request.response().end("<html>maintenance</html>");
      case SERVER_ERROR -> request.response().setStatusCode(500).end();
      case NOTHING -> {}
    }
  }

  /** Waits until at least {@code more} further fetches have reached the server, or fails. */
  private void awaitFetches(int more) throws InterruptedException {
    int target = fetches.get() + more;
    Instant deadline = Instant.now().plus(BOUND);
    while (fetches.get() < target) {
      assertTrue(Instant.now().isBefore(deadline), "the key source was not fetched again");
      Thread.sleep(100);
    }
  }

  private static void awaitKeySource(Predicate<Map<String, Object>> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(BOUND);
    while (!condition.test(keySourceCheck())) {
      assertTrue(Instant.now().isBefore(deadline), () -> "readiness stayed at " + keySourceCheck());
      Thread.sleep(100);
    }
  }

  private static String reason() {
    return reasonOf(keySourceCheck());
  }

  @SuppressWarnings("unchecked")
  private static String reasonOf(Map<String, Object> check) {
    Object data = check.get("data");
    return data instanceof Map<?, ?> map
        ? String.valueOf(((Map<String, Object>) map).get("reason"))
        : "";
  }

  private static Map<String, Object> keySourceCheck() {
    JsonPath readiness = given().get("/q/health/ready").then().extract().jsonPath();
    Map<String, Object> check =
        readiness.getMap("checks.find { it.name == '" + KeySourceReadiness.NAME + "' }");
    return check == null ? Map.of() : check;
  }
}
