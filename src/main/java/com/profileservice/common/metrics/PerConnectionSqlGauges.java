package com.profileservice.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;

/**
 * Drops the SQL client's two gauges (and the Redis client's gauges, registered the same way), which
 * Quarkus 3.33 gets wrong (quarkusio/quarkus#47504): the PostgreSQL client asks for client metrics
 * once per connection, and each call registers the {@code postgresql.queue.size} and {@code
 * postgresql.current} gauges under the same name and tags. Micrometer keeps the first, bound to
 * that one connection's counters, and refuses every later one with a warning. A gauge that reports
 * one connection of the pool as the whole is worse than none; the client's timers and counters are
 * shared by every connection and stay.
 *
 * <p>Not a {@code MeterFilter} bean: Quarkus applies those to the global registry only after the
 * first connection has opened during start-up, too late for a meter that is already registered. The
 * pool's creator installs it before the pool exists. Remove it once Quarkus registers the gauges
 * once per pool.
 */
public final class PerConnectionSqlGauges implements MeterFilter {

  private static final Set<String> PER_CONNECTION = Set.of("queue.size", "current");

  /**
   * Micrometer's global registry outlives an application in a JVM that runs several in turn (dev
   * mode's reloads, the test profiles), and a filter cannot be removed again; this mark, which
   * every application in the JVM sees, keeps it to one filter per registry.
   */
  private static final String INSTALLED_ON = PerConnectionSqlGauges.class.getName() + ".registry";

  private PerConnectionSqlGauges() {}

  /** Adds the filter to {@code registry}, once however often the pool is built. */
  public static synchronized void installOn(MeterRegistry registry) {
    String identity = Integer.toHexString(System.identityHashCode(registry));
    if (!identity.equals(System.getProperty(INSTALLED_ON))) {
      registry.config().meterFilter(new PerConnectionSqlGauges());
      System.setProperty(INSTALLED_ON, identity);
    }
  }

  @Override
  public MeterFilterReply accept(Meter.Id id) {
    // The Redis client registers its gauges the same way, once per connection.
    if (id.getType() == Meter.Type.GAUGE && id.getName().startsWith("redis.")) {
      return MeterFilterReply.DENY;
    }
    if (!"sql".equals(id.getTag("clientType"))) {
      return MeterFilterReply.NEUTRAL;
    }
    String name = id.getName();
    int dot = name.indexOf('.');
    // A connection outside any pool (a LISTEN connection) has an empty prefix: ".queue.size".
    boolean perConnection = dot >= 0 && PER_CONNECTION.contains(name.substring(dot + 1));
    return perConnection ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
  }
}
