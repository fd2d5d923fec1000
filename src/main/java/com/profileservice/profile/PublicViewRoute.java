package com.profileservice.profile;

import com.profileservice.common.problem.ProblemMapper;
import com.profileservice.common.problem.ProblemRoutes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Answers an anonymous {@code GET /profiles/{handle}} straight from the HTTP router, with the same
 * status, headers and bytes as {@link ProfileResource#publicView}: from the cache when it holds the
 * view, otherwise through {@link PublicViews} (one statement), its failures answered by the same
 * {@link ProblemMapper} as the resource's. A read then costs the view's own work, not the security,
 * routing and response machinery of the REST layer around it, which a profile of the public read
 * under load found to be most of its cost.
 *
 * <p>It runs after the security headers, the input screening and the traffic limits, which see the
 * request as they see every other. Anything it is not sure to answer exactly as the resource would
 * goes on to the resource: a bearer token (the REST layer decides what a token on a public read
 * means), an Accept header other than none, {@code *}{@code /*} or {@code application/json}, a
 * query string, or a path that is not a plain handle.
 */
@Singleton
public class PublicViewRoute {

  /** Every public view must be revalidated, so hiding a field shows at the very next read. */
  static final String REVALIDATE = "no-cache";

  /** The operation's path as the OpenAPI document and the HTTP metrics name it. */
  static final String TEMPLATE = "/profiles/{handle}";

  /**
   * Where Quarkus's HTTP server metrics look for a request's path template (its {@code
   * HttpRequestMetric}); the route sets it so its answers are counted under the same {@code uri}
   * tag as the resource's, not under their literal path. {@code PublicViewRouteTest} fails if it
   * stops working.
   */
  private static final String METRICS_TEMPLATE_KEY = "UrlPathTemplate";

  private static final String PREFIX = "/profiles/";

  private static final String JSON = "application/json";

  /** After the traffic limiter, whose router observer has the default priority. */
  private static final int AFTER_TRAFFIC_LIMITS = Interceptor.Priority.APPLICATION + 1000;

  private final PublicViews views;
  private final ProblemMapper problems;
  private final ProblemRoutes problemRoutes;
  private final Counter answered;

  PublicViewRoute(
      PublicViews views,
      ProblemMapper problems,
      ProblemRoutes problemRoutes,
      MeterRegistry registry) {
    this.views = views;
    this.problems = problems;
    this.problemRoutes = problemRoutes;
    this.answered =
        Counter.builder("profile.public.view.router.answers")
            .description("Public views answered by the HTTP router, not the REST layer")
            .register(registry);
  }

  void install(@Observes @Priority(AFTER_TRAFFIC_LIMITS) Router router) {
    router.route().order(Integer.MIN_VALUE).method(HttpMethod.GET).handler(this::answer);
  }

  private void answer(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String handle = plainHandle(request);
    if (handle == null) {
      ctx.next();
      return;
    }
    answered.increment();
    ((HttpServerRequestInternal) request).context().putLocal(METRICS_TEMPLATE_KEY, TEMPLATE);
    // A cached view is an already completed future: it is sent at once, on this call.
    views
        .view(handle)
        .onComplete(
            read -> {
              if (read.succeeded()) {
                send(ctx, read.result());
              } else {
                problemRoutes.send(ctx, problems.toResponse(read.cause(), request));
              }
            });
  }

  private static void send(RoutingContext ctx, RenderedView view) {
    HttpServerResponse response = ctx.response();
    if (response.closed()) {
      return;
    }
    response
        .putHeader(HttpHeaders.ETAG, view.etag())
        .putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
    if (view.matchedBy(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
      response.setStatusCode(304).end();
    } else {
      response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Buffer.buffer(view.body()));
    }
  }

  /** The handle of a request this route answers, or null to leave it to the resource. */
  private static String plainHandle(HttpServerRequest request) {
    String uri = request.uri();
    if (!uri.startsWith(PREFIX)
        || uri.indexOf('?') >= 0
        || request.headers().contains(HttpHeaders.AUTHORIZATION)
        || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
      return null;
    }
    String handle = uri.substring(PREFIX.length());
    // Only handle characters: no '/', '%' or '.' that the resource would decode or match apart.
    return PublicViewCache.key(handle) == null ? null : handle;
  }

  private static boolean acceptsJson(String accept) {
    return accept == null || accept.equals("*/*") || accept.equals(JSON);
  }
}
