package com.profileservice.common.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.profileservice.support.Concurrently;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The SQL client's meters describe the pool, not one connection: the gauges that Quarkus 3.33
 * registers once per connection, which keep the first connection's numbers and make every later
 * registration log a warning, are not published.
 */
@QuarkusTest
class SqlClientMetersTest {

  @Inject MeterRegistry registry;

  @Test
  void perConnectionGaugesAreNotPublishedAndTheSharedMetersAre() {
    // Readiness leases a connection each time; at once, they need more than one.
    Concurrently.run(8, i -> given().get("/q/health/ready"))
        .forEach(response -> assertEquals(200, response.statusCode()));

    assertNull(registry.find("postgresql.queue.size").gauge());
    assertNull(registry.find("postgresql.current").gauge());
    assertNotNull(registry.find("postgresql.processing").timer());
  }
}
