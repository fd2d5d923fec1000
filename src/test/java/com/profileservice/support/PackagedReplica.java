package com.profileservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One packaged instance of the service (target/quarkus-app), started as its own process in the prod
 * profile with the settings given and nothing else, its output in target/replicas/NAME.log.
 */
public final class PackagedReplica implements AutoCloseable {

  /** Longer than a packaged start takes on a loaded two-core machine; a hang detector. */
  private static final Duration START = Duration.ofSeconds(120);

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private PackagedReplica(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the instance and returns once it reports ready. */
  public static PackagedReplica start(String name, Map<String, String> settings) {
    int port = freePort();
    Path log = Path.of("target", "replicas", name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx192m");
    command.add("-Dquarkus.http.port=" + port);
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      PackagedReplica replica = new PackagedReplica(name, port, process, log);
      replica.awaitReady();
      return replica;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUri() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** The Prometheus text this instance serves. */
  public String metrics() {
    return get("/q/metrics").body();
  }

  private void awaitReady() {
    await(
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " stopped; see " + log);
          }
          try {
            return get("/q/health/ready").statusCode() == 200;
          } catch (UncheckedIOException notListeningYet) {
            return false;
          }
        },
        START,
        name + " did not become ready; see " + log);
  }

  private HttpResponse<String> get(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(baseUri() + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until {@code condition} holds, checking it every 100 ms; fails after {@code bound}, a
   * hang detector far above the expected time.
   */
  public static void await(BooleanSupplier condition, Duration bound, String failure) {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(failure);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(failure, e);
      }
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
