package com.profileservice.traffic;

import com.profileservice.common.problem.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits every client address to its rate of reads and its stricter rate of writes, before any
 * other handler sees the request. The address is the connection's peer, which Quarkus replaces by
 * the forwarded client only for proxies configured as trusted ({@code quarkus.http.proxy.*}). The
 * buckets are this replica's own, or with {@code profile.traffic.store=redis} shared by every
 * replica, falling back to this replica's own while Redis does not answer.
 */
@ApplicationScoped
public class TrafficLimiter {

  static final String REFUSALS = "profile.traffic.refusals";
  static final String SHARED = "profile.traffic.shared";
  static final String OUTAGES = "profile.traffic.redis.outages";

  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final TrafficConfig config;
  private final ProblemResponses responses;
  private final MeterRegistry metrics;
  private final TrafficBuckets buckets;
  // Null when the buckets live in this replica's memory only.
  private final SharedBuckets shared;
  private final AtomicInteger sharedGauge = new AtomicInteger(1);
  private final List<String> exemptPaths;

  public TrafficLimiter(
      TrafficConfig config,
      ProblemResponses responses,
      MeterRegistry metrics,
      Clock clock,
      Instance<ReactiveRedisDataSource> redis) {
    this.config = config;
    this.responses = responses;
    this.metrics = metrics;
    Rate reads = new Rate(config.readBurst(), config.readsPerMinute());
    Rate writes = new Rate(config.writeBurst(), config.writesPerMinute());
    this.buckets = new TrafficBuckets(reads, writes, config.maxClients(), clock);
    this.shared =
        config.enabled() && config.store() == TrafficConfig.Store.REDIS
            ? new SharedBuckets(
                new RedisBuckets(redis.get(), config.redisKeyPrefix(), reads, writes),
                new LocalBuckets(buckets),
                config.redisTimeout(),
                config.redisRetryEvery(),
                clock,
                this::sharedChanged)
            : null;
    if (shared != null) {
      metrics.gauge(SHARED, sharedGauge);
      metrics.counter(OUTAGES);
    }
    this.exemptPaths = config.exemptPaths().stream().map(TrafficLimiter::withoutSlash).toList();
  }

  /** What readiness reports: where the buckets live right now. */
  String limiterNow() {
    if (shared == null) {
      return "memory";
    }
    return shared.sharedNow() ? "redis" : "memory (redis unreachable)";
  }

  private void sharedChanged(boolean sharedAgain) {
    sharedGauge.set(sharedAgain ? 1 : 0);
    if (!sharedAgain) {
      metrics.counter(OUTAGES).increment();
    }
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
    String client = ClientKeys.of(ctx.request().remoteAddress());
    if (shared == null) {
      decide(ctx, write, buckets.take(client, write));
      return;
    }
    // The body must wait for the answer: data arriving before the next handler would be lost.
    ctx.request().pause();
    Context context = Vertx.currentContext();
    shared
        .take(client, write)
        .subscribe()
        .with(
            waitNanos ->
                context.runOnContext(
                    ignored -> {
                      ctx.request().resume();
                      decide(ctx, write, waitNanos);
                    }));
  }

  private void decide(RoutingContext ctx, boolean write, long waitNanos) {
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
