package com.profileservice.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says where the rate limits are counted. Always UP: with Redis down every replica still limits
 * each client by its own buckets, so taking pods out of service would only make matters worse.
 */
@Readiness
@ApplicationScoped
public class TrafficReadiness implements HealthCheck {

  private final TrafficLimiter limiter;

  public TrafficReadiness(TrafficLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("rate-limits")
        .up()
        .withData("buckets", limiter.limiterNow())
        .build();
  }
}
