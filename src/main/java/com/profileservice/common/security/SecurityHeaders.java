package com.profileservice.common.security;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.regex.Pattern;

/**
 * Puts the security headers on every response that leaves through the router, whichever layer wrote
 * it (a resource, a problem mapper, the input screening, the traffic limiter, health, OpenAPI, a
 * 404): browsers must not sniff a type, send a Referer onwards or frame a page, and owner, legal
 * and internal data is never kept by a cache. Set just before the headers are written, so no
 * handler can forget or override them.
 */
@ApplicationScoped
public class SecurityHeaders {

  /**
   * Observer priority of the first routes added. Routes of equal order run in the order they were
   * added, so these headers are registered before any other route can answer.
   */
  public static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

  /** Paths whose answers carry owner, legal or internal data; ";" starts matrix parameters. */
  private static final Pattern PRIVATE = Pattern.compile("/(me|legal|internal)([/;].*)?");

  private final SecurityHeadersConfig.Framing framing;

  public SecurityHeaders(SecurityHeadersConfig config) {
    this.framing = config.framing();
  }

  void install(@Observes @Priority(FIRST) Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::register);
    // A request can fail before its first route runs (no Host header, for one); failure
    // handlers then answer, and they get the headers too.
    router.route().order(Integer.MIN_VALUE).failureHandler(this::register);
  }

  void installOnManagementInterface(@Observes @Priority(FIRST) ManagementInterface management) {
    install(management.router());
  }

  /**
   * Runs again when a request fails or is rerouted (Swagger UI reroutes to its index page, which
   * drops the handlers registered so far); setting the headers twice does no harm.
   */
  private void register(RoutingContext ctx) {
    ctx.addHeadersEndHandler(ignored -> apply(ctx));
    ctx.next();
  }

  private void apply(RoutingContext ctx) {
    MultiMap headers = ctx.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", framing.frameOptions);
    if (!headers.contains("Content-Security-Policy")) {
      headers.set("Content-Security-Policy", framing.contentSecurityPolicy);
    }
    if (carriesPrivateData(ctx)) {
      headers.set("Cache-Control", "no-store");
    }
  }

  /** Judged on the path as routing sees it, so "//me" or "/%6De" count as "/me". */
  private static boolean carriesPrivateData(RoutingContext ctx) {
    try {
      return PRIVATE.matcher(ctx.normalizedPath()).matches();
    } catch (IllegalArgumentException unreadablePath) {
      return true;
    }
  }
}
