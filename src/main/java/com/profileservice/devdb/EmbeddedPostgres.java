package com.profileservice.devdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A throw-away PostgreSQL server for dev mode and tests, run from the binaries that zonky publishes
 * as Maven artifacts.
 *
 * <p>PostgreSQL refuses to run as root. Rather than user namespaces, which container runtimes often
 * forbid, a root caller runs the server as the unprivileged {@code nobody} user through {@code
 * setpriv}; everything the server touches lives under the temporary directory where that user can
 * reach it.
 */
final class EmbeddedPostgres {

  private static final int NOBODY = 65534;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path binaries;
  private final Path runDir;
  private final boolean root;
  private final int port;

  private EmbeddedPostgres(Path binaries, Path runDir, boolean root, int port) {
    this.binaries = binaries;
    this.runDir = runDir;
    this.root = root;
    this.port = port;
  }

  /** Unpacks the binaries if needed, creates a fresh cluster and starts it. */
  static EmbeddedPostgres start() {
    try {
      // One folder per user: another user's leftovers there could not be written or cleaned.
      Path base =
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "profile-service-postgres-" + System.getProperty("user.name"));
      Files.createDirectories(base);
      makeReachable(base);
      stopAbandonedServers(base);
      Path binaries = unpackBinaries(base);
      boolean root = isRoot();
      Path runDir = Files.createTempDirectory(base, "run-");
      Files.writeString(runDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
      makeReachable(runDir);
      if (root) {
        Files.setAttribute(runDir, "unix:uid", NOBODY);
        Files.setAttribute(runDir, "unix:gid", NOBODY);
      }
      EmbeddedPostgres server = new EmbeddedPostgres(binaries, runDir, root, freePort());
      server.initAndStart();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
  }

  int port() {
    return port;
  }

  /** Stops the server at once (its data is disposable) and deletes its files. */
  void stop() {
    stop(binaries, runDir, root);
  }

  private void initAndStart() throws IOException {
    Path data = runDir.resolve("data");
    run(
        runDir.resolve("initdb.log"),
        "initdb",
        "-D",
        data.toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--no-locale",
        "--no-sync");
    // Durability is pointless for a disposable database; turning it off makes tests faster.
    String serverOptions =
        String.join(
            " ",
            "-p " + port,
            "-h 127.0.0.1",
            "-k " + runDir,
            "-F",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200");
    run(
        runDir.resolve("pg_ctl.log"),
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        runDir.resolve("postgres.log").toString(),
        "-o",
        serverOptions,
        "-w",
        "-t",
        Long.toString(START_TIMEOUT.toSeconds()),
        "start");
  }

  private void run(Path log, String program, String... args) throws IOException {
    runAs(binaries, root, log, program, args);
  }

  private static void runAs(Path binaries, boolean root, Path log, String program, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(
          List.of(
              "setpriv",
              "--reuid=" + NOBODY,
              "--regid=" + NOBODY,
              "--clear-groups",
              "--reset-env"));
    }
    command.add(binaries.resolve("bin").resolve(program).toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(log.getParent().toFile())
            .start();
    try {
      if (!process.waitFor(START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(program + " did not finish; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + program, e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          program
              + " failed with exit code "
              + process.exitValue()
              + ":\n"
              + Files.readString(log));
    }
  }

  private static void stop(Path binaries, Path runDir, boolean root) {
    Path data = runDir.resolve("data");
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        runAs(
            binaries,
            root,
            runDir.resolve("pg_ctl-stop.log"),
            "pg_ctl",
            "-D",
            data.toString(),
            "-m",
            "immediate",
            "-w",
            "stop");
      }
    } catch (IOException e) {
      System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    } finally {
      deleteTree(runDir);
    }
  }

  /**
   * A JVM that was killed cannot run its shutdown hook; its server would live on. Each run
   * directory records the JVM that owns it, so the next start stops the servers of dead owners.
   */
  private static void stopAbandonedServers(Path base) throws IOException {
    try (Stream<Path> runs = Files.list(base)) {
      for (Path run : runs.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
        Path ownerFile = run.resolve("owner.pid");
        long owner = Files.exists(ownerFile) ? parsePid(Files.readString(ownerFile)) : -1;
        boolean ownerAlive = owner > 0 && ProcessHandle.of(owner).isPresent();
        if (!ownerAlive) {
          Path binaries = findBinariesFor(base);
          if (binaries != null) {
            stop(binaries, run, isRoot());
          } else {
            deleteTree(run);
          }
        }
      }
    }
  }

  private static Path findBinariesFor(Path base) throws IOException {
    try (Stream<Path> dirs = Files.list(base)) {
      return dirs.filter(p -> p.getFileName().toString().startsWith("bin-"))
          .filter(p -> Files.exists(p.resolve("bin").resolve("pg_ctl")))
          .findFirst()
          .orElse(null);
    }
  }

  private static long parsePid(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Path unpackBinaries(Path base) throws IOException {
    URL archive = findArchive();
    // Named by content, not by URL: dev mode and tests load the same archive through different
    // URLs.
    Path target = base.resolve("bin-" + contentHash(archive));
    if (Files.exists(target.resolve("bin").resolve("pg_ctl"))) {
      return target;
    }
    Path staging = Files.createTempDirectory(base, "unpack-");
    try (InputStream in = new BufferedInputStream(archive.openStream());
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = staging.resolve(entry.getName()).normalize();
        if (!path.startsWith(staging)) {
          throw new IOException("archive entry escapes its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createDirectories(path.getParent());
          Files.createLink(path, staging.resolve(entry.getLinkName()).normalize());
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (Stream<Path> tree = Files.walk(staging)) {
      for (Path dir : tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        makeReachable(dir);
      }
    }
    try {
      // Another JVM may have unpacked the same archive meanwhile; either copy will do.
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException alreadyThere) {
      deleteTree(staging);
    }
    return target;
  }

  private static URL findArchive() throws IOException {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String name =
        switch (arch) {
          case "amd64", "x86_64" -> "postgres-linux-x86_64.txz";
          case "aarch64", "arm64" -> "postgres-linux-arm_64.txz";
          default -> throw new IOException("no embedded PostgreSQL binaries for " + arch);
        };
    URL archive = EmbeddedPostgres.class.getClassLoader().getResource(name);
    if (archive == null) {
      throw new IOException(
          name
              + " is not on the class path: the embedded database runs only in dev mode and tests,"
              + " or configure quarkus.datasource.reactive.url and quarkus.datasource.jdbc.url");
    }
    return archive;
  }

  private static boolean isRoot() throws IOException {
    return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void makeReachable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String contentHash(URL archive) throws IOException {
    try (InputStream in = archive.openStream()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(root)) {
      tree.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // Leftovers in the temporary directory are harmless.
                }
              });
    } catch (IOException | UncheckedIOException ignored) {
      // As above.
    }
  }
}
