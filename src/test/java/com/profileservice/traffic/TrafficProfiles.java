package com.profileservice.traffic;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Test profiles that switch rate limiting on (the rest of the suite runs without it) with limits
 * small enough to reach in a few requests, and slow enough that real time passing during a test
 * never earns a token: reads 5 at once then one per 10 s, writes 2 at once then one per 30 s.
 */
final class TrafficProfiles {

  static final int READ_BURST = 5;
  static final int READ_SECONDS_PER_TOKEN = 10;
  static final int WRITE_BURST = 2;
  static final int WRITE_SECONDS_PER_TOKEN = 30;

  private TrafficProfiles() {}

  private static Map<String, String> limits() {
    Map<String, String> config = new HashMap<>();
    config.put("profile.traffic.enabled", "true");
    config.put("profile.traffic.read-burst", Integer.toString(READ_BURST));
    config.put("profile.traffic.reads-per-minute", Integer.toString(60 / READ_SECONDS_PER_TOKEN));
    config.put("profile.traffic.write-burst", Integer.toString(WRITE_BURST));
    config.put("profile.traffic.writes-per-minute", Integer.toString(60 / WRITE_SECONDS_PER_TOKEN));
    config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
    config.put("quarkus.http.proxy.allow-x-forwarded", "true");
    return config;
  }

  /** The tests' own connections come through a trusted proxy: X-Forwarded-For names the client. */
  public static final class BehindTrustedProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = limits();
      config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.0/8,::1/128");
      return config;
    }
  }

  /** Per run, so two runs on one machine never share buckets in the machine's Redis. */
  static final String REDIS_PREFIX = "profile-service-test:" + java.util.UUID.randomUUID() + ":";

  /** Behind a trusted proxy, with the buckets shared in the machine's Redis. */
  public static final class SharedInRedis implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new BehindTrustedProxy().getConfigOverrides();
      config.put("profile.traffic.store", "redis");
      config.put("profile.traffic.redis-key-prefix", REDIS_PREFIX);
      config.put("quarkus.redis.hosts", "redis://127.0.0.1:6379");
      return config;
    }
  }

  /** Shared buckets configured, at a port where no Redis listens. */
  public static final class RedisUnreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new SharedInRedis().getConfigOverrides();
      config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + closedPort());
      return config;
    }

    private static int closedPort() {
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Forwarding is configured, but only for a proxy that is not the tests' peer. */
  public static final class BehindUntrustedPeer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = limits();
      config.put("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
      return config;
    }
  }
}
