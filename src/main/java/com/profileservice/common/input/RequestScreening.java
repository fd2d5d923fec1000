package com.profileservice.common.input;

import com.profileservice.common.problem.MalformedRequest;
import com.profileservice.common.problem.ProblemResponses;
import com.profileservice.common.problem.ProblemRoutes;
import com.profileservice.common.security.SecurityHeaders;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first route a request meets after {@link SecurityHeaders}: it refuses, with a problem
 * document, every request that is not well formed, before any other code (rate limiting, security,
 * the REST layer, a query) reads it. In order: a request target over the limit (414), headers over
 * the limit (431), a target that is not a valid URI, is not ASCII, has a malformed or non-UTF-8
 * percent-escape or decodes to a NUL (400), a header holding a NUL (400), a declared body over the
 * limit (413), and content without a concrete Content-Type (415).
 */
@ApplicationScoped
public class RequestScreening {

  /**
   * Quarkus checks the request target with {@link URI} before any route and answers a failure with
   * a bare 400. This property hands that check to {@link #screen}, which makes the same check and
   * answers with a problem document. It is read once, when Quarkus's HTTP recorder is loaded, so it
   * must be set before Quarkus starts: by {@code com.profileservice.Main} for the packaged
   * application, and by pom.xml for the tests and dev mode, which load it before any main runs.
   */
  public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

  /** A media type as Content-Type must name it: concrete type and subtype, no wildcard. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?", Pattern.DOTALL);

  private final ProblemRoutes problems;
  private final ProblemResponses responses;
  private final int maxTargetLength;
  private final long maxHeaderBytes;
  private final long maxBodyBytes;

  public RequestScreening(
      ProblemRoutes problems,
      ProblemResponses responses,
      InputLimits limits,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
    this.problems = problems;
    this.responses = responses;
    this.maxTargetLength = limits.maxTargetLength();
    this.maxHeaderBytes = limits.maxHeaderSize().asLongValue();
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  /** Hands the request-target check over from Quarkus to this screening; see the constant. */
  public static void takeOverTheRequestTargetCheck() {
    System.setProperty(QUARKUS_URI_CHECK_OFF, "true");
  }

  // Routes of equal order run in the order they were added, and observers are notified by
  // priority: the security headers go first, this screening next, the traffic limiter after it
  // (its path normalisation would fail on a malformed escape).
  void install(@Observes @Priority(SecurityHeaders.FIRST + 1) Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::screen);
  }

  void installOnManagementInterface(
      @Observes @Priority(SecurityHeaders.FIRST + 1) ManagementInterface management) {
    install(management.router());
  }

  private void screen(RoutingContext ctx) {
    Optional<Response> refusal = refusalOf(ctx.request());
    if (refusal.isEmpty()) {
      ctx.next();
      return;
    }
    if (hasContent(ctx.request()) && ctx.request().version() != HttpVersion.HTTP_2) {
      // The body is not read; the connection cannot carry another request after it.
      ctx.response().putHeader("Connection", "close");
    }
    problems.send(ctx, refusal.get());
  }

  private Optional<Response> refusalOf(HttpServerRequest request) {
    String target = request.uri();
    if (target.length() > maxTargetLength) {
      return Optional.of(
          responses
              .forStatus(
                  414,
                  "The request target is longer than " + maxTargetLength + " characters.",
                  null)
              .build());
    }
    if (headerBytes(request) > maxHeaderBytes) {
      return Optional.of(
          responses
              .forStatus(
                  431, "The request headers are larger than " + maxHeaderBytes + " bytes.", null)
              .build());
    }
    Optional<String> badTarget = targetProblem(request);
    if (badTarget.isPresent()) {
      return Optional.of(responses.of(new MalformedRequest(badTarget.get()), null).build());
    }
    for (Map.Entry<String, String> header : request.headers()) {
      if (!CleanText.isClean(header.getKey()) || !CleanText.isClean(header.getValue())) {
        return Optional.of(
            responses
                .of(new MalformedRequest("A request header holds a NUL character."), request.path())
                .build());
      }
    }
    if (declaredLength(request) > maxBodyBytes) {
      return Optional.of(responses.forStatus(413, null, request.path()).build());
    }
    if (hasContent(request) && !concreteMediaType(request.getHeader("Content-Type"))) {
      return Optional.of(
          responses
              .forStatus(
                  415,
                  "A request with content must name its media type in Content-Type, without"
                      + " wildcards.",
                  request.path())
              .build());
    }
    return Optional.empty();
  }

  /** Why the request target is malformed, if it is. */
  private static Optional<String> targetProblem(HttpServerRequest request) {
    try {
      new URI(request.uri());
    } catch (URISyntaxException e) {
      return Optional.of("The request target is not a valid URI; percent-encode it.");
    }
    String path = request.path() == null ? "" : request.path();
    Optional<String> decodedPath = PercentDecoding.decode(path, false);
    if (decodedPath.isEmpty()) {
      return Optional.of(
          "The path must be ASCII, with percent-escapes of two hex digits that spell UTF-8.");
    }
    if (!CleanText.isClean(decodedPath.get())) {
      return Optional.of("The path holds a NUL character.");
    }
    String query = request.query();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&", -1)) {
      for (String part : pair.split("=", 2)) {
        Optional<String> decoded = PercentDecoding.decode(part, true);
        if (decoded.isEmpty()) {
          return Optional.of(
              "The query must be ASCII, with percent-escapes of two hex digits that spell UTF-8.");
        }
        if (!CleanText.isClean(decoded.get())) {
          return Optional.of("The query holds a NUL character.");
        }
      }
    }
    return Optional.empty();
  }

  /** As the HTTP decoder counts them: each line is name, ": ", value and CRLF. */
  private static long headerBytes(HttpServerRequest request) {
    long total = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      total += header.getKey().length() + header.getValue().length() + 4;
    }
    return total;
  }

  private static boolean hasContent(HttpServerRequest request) {
    return declaredLength(request) > 0 || request.headers().contains("Transfer-Encoding");
  }

  private static long declaredLength(HttpServerRequest request) {
    String header = request.getHeader("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean concreteMediaType(String contentType) {
    return contentType != null && MEDIA_TYPE.matcher(contentType.trim()).matches();
  }
}
