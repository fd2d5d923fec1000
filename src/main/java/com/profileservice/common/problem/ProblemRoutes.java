package com.profileservice.common.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Gives problem details to the responses that never reach the REST layer: paths no resource serves,
 * and failures raised by the HTTP server itself (an oversized body, for instance).
 */
@ApplicationScoped
public class ProblemRoutes {

  private final ProblemResponses responses;

  public ProblemRoutes(ProblemResponses responses) {
    this.responses = responses;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404));
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(ctx -> write(ctx, ctx.statusCode() >= 400 ? ctx.statusCode() : 500));
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
