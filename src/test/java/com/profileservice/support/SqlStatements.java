package com.profileservice.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the application's pool runs, Hibernate's and the application's own
 * alike, from the SQL client's request timer: one count per statement executed. The public-view
 * listener's own connection is not the pool's and is left out.
 */
@ApplicationScoped
public class SqlStatements {

  private final MeterRegistry registry;

  public SqlStatements(MeterRegistry registry) {
    this.registry = registry;
  }

  public long total() {
    return registry.find("postgresql.processing").timers().stream().mapToLong(Timer::count).sum();
  }

  /** How many statements {@code action} ran. */
  public long during(Runnable action) {
    long before = total();
    action.run();
    return total() - before;
  }

  public <T> Counted<T> counting(Supplier<T> action) {
    long before = total();
    T result = action.get();
    return new Counted<>(result, total() - before);
  }

  public record Counted<T>(T result, long statements) {}
}
