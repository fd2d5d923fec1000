package com.profileservice.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the verification key: DOWN, with the reason, while a remote key source cannot be
 * fetched, since no token can then be verified. A local key was proved at start-up.
 */
@Readiness
@ApplicationScoped
public class KeySourceReadiness implements HealthCheck {

  static final String NAME = "Verification key source";

  private final KeySourceWatch watch;

  public KeySourceReadiness(KeySourceWatch watch) {
    this.watch = watch;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    if (!watch.watches()) {
      return response.up().withData("source", "local, read at start-up").build();
    }
    return watch
        .lastOutcome()
        .map(
            outcome ->
                outcome.up()
                    ? response.up().withData("source", "remote").build()
                    : response.down().withData("reason", outcome.reason()).build())
        .orElseGet(() -> response.down().withData("reason", "not fetched yet").build());
  }
}
