package com.profileservice.common.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Fetches a remote verification key source (an http or https location, as a JWKS endpoint is) on a
 * schedule, without blocking: readiness reports the last outcome, and each change is logged once.
 * smallrye-jwt fetches the same location itself, blocking, when a token needs the key; when the
 * source does not answer every token is 401, and nothing said why.
 */
@ApplicationScoped
public class KeySourceWatch {

  private static final Logger LOG = Logger.getLogger(KeySourceWatch.class);

  // A key set is a few kilobytes; anything far larger is not one.
  private static final int MAX_BODY_BYTES = 1 << 20;

  /** The last fetch: its source answered with a key, or why not. */
  public record Outcome(boolean up, String reason) {
    static final Outcome UP = new Outcome(true, null);

    static Outcome down(String reason) {
      return new Outcome(false, reason);
    }
  }

  private final KeySourceConfig config;
  private final JWTAuthContextInfo contextInfo;
  private final Config settings;
  private final Vertx vertx;
  private volatile String location;
  private volatile HttpClient client;
  private volatile Outcome last;

  public KeySourceWatch(
      KeySourceConfig config, JWTAuthContextInfo contextInfo, Config settings, Vertx vertx) {
    this.config = config;
    this.contextInfo = contextInfo;
    this.settings = settings;
    this.vertx = vertx;
  }

  static boolean isRemote(JWTAuthContextInfo info) {
    return info.getPublicKeyLocation() != null && info.getPublicKeyLocation().startsWith("http");
  }

  /** Whether the key comes from a remote source; a local one was proved at start-up. */
  public boolean watches() {
    return location != null;
  }

  /** The last outcome, empty until the first fetch has ended. */
  public Optional<Outcome> lastOutcome() {
    return Optional.ofNullable(last);
  }

  // After VerificationKeyCheck, so that a broken local key is reported by it, not here.
  void start(@Observes @Priority(2) StartupEvent started) throws IOException {
    JWTAuthContextInfo info = new JWTAuthContextInfo(contextInfo);
    if (!isRemote(info)) {
      return;
    }
    this.client = vertx.createHttpClient(clientOptions(info));
    this.location = info.getPublicKeyLocation();
    // The schedule may have fired before the location was known; readiness should not wait for
    // its next turn.
    check().subscribe().with(done -> {}, failure -> {});
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (client != null) {
      client.closeAndForget();
    }
  }

  @Scheduled(
      identity = "verification-key-source",
      every = "${profile.jwt.key-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> check() {
    if (location == null) {
      return Uni.createFrom().voidItem();
    }
    return fetch()
        .ifNoItem()
        .after(config.keyCheckTimeout())
        .failWith(TimeoutException::new)
        .onFailure()
        .recoverWithItem(failure -> Outcome.down(reasonFor(failure)))
        .invoke(this::record)
        .replaceWithVoid();
  }

  private Uni<Outcome> fetch() {
    RequestOptions request =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setAbsoluteURI(location)
            .setIdleTimeout(config.keyCheckTimeout().toMillis())
            .addHeader("Accept", "application/json, application/jwk-set+json, */*");
    return client
        .request(request)
        .chain(outgoing -> outgoing.send())
        .chain(response -> response.statusCode() == 200 ? read(response) : refused(response));
  }

  private Uni<Outcome> read(HttpClientResponse response) {
    return response
        .body()
        .map(
            body ->
                body.length() <= MAX_BODY_BYTES
                        && VerificationKeyProbe.holdsKey(contextInfo, body.toString())
                    ? Outcome.UP
                    : Outcome.down("it answered with no usable verification key"));
  }

  private static Uni<Outcome> refused(HttpClientResponse response) {
    return response
        .end()
        .onFailure()
        .recoverWithNull()
        .replaceWith(Outcome.down("it answered HTTP " + response.statusCode()));
  }

  private synchronized void record(Outcome outcome) {
    Outcome previous = last;
    last = outcome;
    if (Objects.equals(previous, outcome)) {
      return;
    }
    String setting = KeySetting.from(settings).describe();
    if (!outcome.up()) {
      LOG.warnf(
          "The verification key source %s cannot be fetched: %s. Tokens signed with keys not yet"
              + " cached cannot be verified until it answers; readiness is DOWN.",
          setting, outcome.reason());
    } else if (previous != null) {
      LOG.infof("The verification key source %s answers again; readiness is UP.", setting);
    }
  }

  private static String reasonFor(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
        return "no answer in time";
      }
      if (t instanceof ConnectException) {
        return "the connection was refused";
      }
      if (t instanceof HttpClosedException || t instanceof SocketException) {
        return "the connection closed before a complete answer";
      }
      if (t instanceof UnknownHostException) {
        return "its host name does not resolve";
      }
      if (t instanceof SSLException) {
        return "the TLS handshake failed";
      }
    }
    return "the fetch failed (" + failure.getClass().getSimpleName() + ")";
  }

  /** The TLS and proxy settings smallrye-jwt applies to the same fetch. */
  private static HttpClientOptions clientOptions(JWTAuthContextInfo info) throws IOException {
    HttpClientOptions options = new HttpClientOptions().setConnectTimeout(5_000);
    if (info.isTlsTrustAll()) {
      options.setTrustAll(true).setVerifyHost(false);
    } else if (info.getTlsTrustedHosts() != null) {
      // smallrye-jwt accepts the listed host names in place of the certificate's.
      options.setVerifyHost(false);
    }
    String certificate = info.getTlsCertificate();
    if (certificate == null && info.getTlsCertificatePath() != null) {
      certificate = Files.readString(Path.of(info.getTlsCertificatePath()));
    }
    if (certificate != null) {
      options.setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(pem(certificate))));
    }
    if (info.getHttpProxyHost() != null) {
      options.setProxyOptions(
          new ProxyOptions()
              .setType(ProxyType.HTTP)
              .setHost(info.getHttpProxyHost())
              .setPort(info.getHttpProxyPort()));
    }
    return options;
  }

  private static String pem(String certificate) {
    return certificate.contains("-----BEGIN")
        ? certificate
        : "-----BEGIN CERTIFICATE-----\n" + certificate + "\n-----END CERTIFICATE-----\n";
  }
}
