package com.profileservice.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives problem details to the responses that never reach the REST layer: paths no resource serves,
 * and failures raised by the HTTP server itself (an oversized body, for instance).
 */
@ApplicationScoped
public class ProblemRoutes {

  private final ProblemResponses responses;
  private final long maxBodyBytes;

  public ProblemRoutes(
      ProblemResponses responses,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
    this.responses = responses;
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  void install(@Observes Router router) {
    // The HTTP server answers an oversized declared body with a bare 413 before any route sees
    // it; this route answers first, with a problem document.
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              if (declaredLength(ctx) > maxBodyBytes) {
                ctx.response().putHeader("Connection", "close");
                write(ctx, 413);
              } else {
                ctx.next();
              }
            });
    router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404));
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(ctx -> write(ctx, ctx.statusCode() >= 400 ? ctx.statusCode() : 500));
  }

  private static long declaredLength(RoutingContext ctx) {
    String header = ctx.request().getHeader("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void write(RoutingContext ctx, int status) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    Response response = responses.forStatus(status, null, ctx.request().path()).build();
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end((String) response.getEntity());
  }
}
