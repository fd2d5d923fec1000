package com.profileservice.common.problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Gives problem details to the responses that never reach the REST layer: paths no resource serves,
 * failures raised by the HTTP server itself, and the requests the input screening refuses.
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

  /** Ends the exchange with {@code problem}, built by {@link ProblemResponses}, if still open. */
  public void send(RoutingContext ctx, Response problem) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    HttpServerResponse out = ctx.response().setStatusCode(problem.getStatus());
    problem.getStringHeaders().forEach(out::putHeader);
    out.end((String) problem.getEntity());
  }

  private void write(RoutingContext ctx, int status) {
    send(ctx, responses.forStatus(status, null, ctx.request().path()).build());
  }
}
