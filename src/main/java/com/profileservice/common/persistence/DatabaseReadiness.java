package com.profileservice.common.persistence;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the service can lease a connection and run a statement. It replaces the check Quarkus
 * ships, which queries the pool directly; when no connection can be had, Vert.x 4.5 then leaves the
 * pool's wait timer running, and each probe during an outage later logs "Result is already
 * complete". A leased connection has no such timer, and the pool's wait limit bounds the probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

  static final String NAME = "Reactive PostgreSQL connections health check";

  private final Pool pool;

  public DatabaseReadiness(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return pool.withConnection(connection -> connection.query("SELECT 1").execute())
        .map(rows -> HealthCheckResponse.up(NAME))
        .onFailure()
        .recoverWithItem(
            failure ->
                HealthCheckResponse.named(NAME)
                    .down()
                    .withData("failure", failure.getClass().getSimpleName())
                    .build());
  }
}
