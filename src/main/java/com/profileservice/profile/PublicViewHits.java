package com.profileservice.profile;

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
 * Answers an anonymous {@code GET /profiles/{handle}} whose view the cache holds straight from the
 * HTTP router, with the same status, headers and bytes as {@link ProfileResource#publicView}: a hit
 * then costs a map look-up and a write, not the security, routing and response machinery of the
 * REST layer around it (a profile of the cached path under load found that machinery to be most of
 * its cost).
 *
 * <p>It runs after the security headers, the input screening and the traffic limits, which see the
 * request as they see every other. Anything it is not sure to answer exactly as the resource would
 * goes on to the resource: a miss, a bearer token (the REST layer decides what a token on a public
 * read means), an Accept header other than none, {@code *}{@code /*} or {@code application/json}, a
 * query string, or a path that is not a plain handle.
 */
@Singleton
public class PublicViewHits {

  /** Every public view must be revalidated, so hiding a field shows at the very next read. */
  static final String REVALIDATE = "no-cache";

  /** The operation's path as the OpenAPI document and the HTTP metrics name it. */
  static final String TEMPLATE = "/profiles/{handle}";

  /**
   * Where Quarkus's HTTP server metrics look for a request's path template (its {@code
   * HttpRequestMetric}); a hit sets it so it is counted under the same {@code uri} tag as the REST
   * layer's answers, not under its literal path. {@code PublicViewHitsTest} fails if it stops
   * working.
   */
  private static final String METRICS_TEMPLATE_KEY = "UrlPathTemplate";

  private static final String PREFIX = "/profiles/";

  private static final String JSON = "application/json";

  /** After the traffic limiter, whose router observer has the default priority. */
  private static final int AFTER_TRAFFIC_LIMITS = Interceptor.Priority.APPLICATION + 1000;

  private final PublicViews views;
  private final PublicViewCache cache;
  private final Counter answered;

  PublicViewHits(PublicViews views, PublicViewCache cache, MeterRegistry registry) {
    this.views = views;
    this.cache = cache;
    this.answered =
        Counter.builder("profile.public.view.router.answers")
            .description("Cached public views answered by the HTTP router, not the REST layer")
            .register(registry);
  }

  void install(@Observes @Priority(AFTER_TRAFFIC_LIMITS) Router router) {
    if (cache.enabled()) {
      router.route().order(Integer.MIN_VALUE).method(HttpMethod.GET).handler(this::answer);
    }
  }

  private void answer(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String handle = plainHandle(request);
    RenderedView view = handle == null ? null : views.cached(handle);
    if (view == null) {
      ctx.next();
      return;
    }
    answered.increment();
    ((HttpServerRequestInternal) request).context().putLocal(METRICS_TEMPLATE_KEY, TEMPLATE);
    HttpServerResponse response =
        ctx.response()
            .putHeader(HttpHeaders.ETAG, view.etag())
            .putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
    if (view.matchedBy(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
      response.setStatusCode(304).end();
    } else {
      response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Buffer.buffer(view.body()));
    }
  }

  /** The handle of a request this route may answer, or null to leave it to the resource. */
  private static String plainHandle(HttpServerRequest request) {
    String uri = request.uri();
    if (!uri.startsWith(PREFIX)
        || uri.indexOf('?') >= 0
        || request.headers().contains(HttpHeaders.AUTHORIZATION)
        || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
      return null;
    }
    // The cache's key check refuses anything but handle characters: no '/', '%' or '.' remains.
    return uri.substring(PREFIX.length());
  }

  private static boolean acceptsJson(String accept) {
    return accept == null || accept.equals("*/*") || accept.equals(JSON);
  }
}
