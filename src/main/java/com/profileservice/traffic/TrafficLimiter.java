package com.profileservice.traffic;

import com.profileservice.common.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Limits every client address to its rate of reads and its stricter rate of writes, before any
 * other handler sees the request. The address is the connection's peer, which Quarkus replaces by
 * the forwarded client only for proxies configured as trusted ({@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
public class TrafficLimiter {

  static final String REFUSALS = "profile.traffic.refusals";

  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final TrafficConfig config;
  private final ProblemResponses responses;
  private final MeterRegistry metrics;
  private final TrafficBuckets buckets;
  private final List<String> exemptPaths;

  public TrafficLimiter(
      TrafficConfig config, ProblemResponses responses, MeterRegistry metrics, Clock clock) {
    this.config = config;
    this.responses = responses;
    this.metrics = metrics;
    this.buckets =
        new TrafficBuckets(
            new Rate(config.readBurst(), config.readsPerMinute()),
            new Rate(config.writeBurst(), config.writesPerMinute()),
            config.maxClients(),
            clock);
    this.exemptPaths = config.exemptPaths().stream().map(TrafficLimiter::withoutSlash).toList();
  }

  void install(@Observes Router router) {
    if (!config.enabled()) {
      return;
    }
    // Before every other route but the security headers and the input screening (whose observers
    // have higher priority), so a refused request costs neither reading its body nor checking its
    // bearer token.
    router.route().order(Integer.MIN_VALUE).handler(this::admit);
  }

  private void admit(RoutingContext ctx) {
    if (exempt(ctx.normalizedPath())) {
      ctx.next();
      return;
    }
    boolean write = WRITES.contains(ctx.request().method());
    long waitNanos = buckets.take(ClientKeys.of(ctx.request().remoteAddress()), write);
    if (waitNanos == 0) {
      ctx.next();
      return;
    }
    metrics.counter(REFUSALS, "kind", write ? "write" : "read").increment();
    refuse(ctx, new TooManyRequests(write, TooManyRequests.secondsFrom(waitNanos)));
  }

  /** A prefix covers itself and what lies below it, not every path that starts with its text. */
  private boolean exempt(String path) {
    for (String prefix : exemptPaths) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  private void refuse(RoutingContext ctx, TooManyRequests problem) {
    Response response = responses.of(problem, ctx.request().path()).build();
    HttpServerResponse out = ctx.response().setStatusCode(problem.status());
    response.getStringHeaders().forEach(out::putHeader);
    out.end((String) response.getEntity());
  }

  private static String withoutSlash(String prefix) {
    return prefix.endsWith("/") && prefix.length() > 1
        ? prefix.substring(0, prefix.length() - 1)
        : prefix;
  }
}
