package com.profileservice.common.metrics;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Takes this application's meters out of Micrometer's JVM-wide registry when it stops. Quarkus
 * leaves them there, so the next application in the same JVM (a dev-mode reload, the next test
 * profile) meets its predecessor's gauges when it registers its own: Micrometer keeps the stale
 * ones, which describe a stopped application, and warns "Gauge has been already registered".
 */
@ApplicationScoped
public class StoppedApplicationMeters {

  void remove(@Observes ShutdownEvent stopping) {
    Metrics.globalRegistry.getMeters().forEach(Metrics.globalRegistry::remove);
  }
}
