package com.profileservice.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the dev and test profiles at an embedded PostgreSQL when no database URL is configured, so
 * that {@code quarkus:dev} and the test suite need nothing installed.
 *
 * <p>It never acts in any other profile, and an explicitly configured URL always wins. Quarkus may
 * build its configuration several times in one JVM, in different class loaders, so the started
 * server is shared through system properties rather than a static field.
 */
public final class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

  static final String ENABLED = "profile.embedded-postgres.enabled";
  private static final String SHARED_PORT = "profile-service.embedded-postgres.port";
  private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
  private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
  private static final List<String> PROFILES_WITH_EMBEDDED_DATABASE = List.of("dev", "test");
  // Below application.properties (250) and the environment (300): any real setting overrides it.
  private static final int ORDINAL = 50;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!wanted(context)) {
      return List.of();
    }
    int port = sharedServerPort();
    String address = "127.0.0.1:" + port + "/postgres";
    return List.of(
        new PropertiesConfigSource(
            Map.of(
                REACTIVE_URL,
                "postgresql://" + address,
                JDBC_URL,
                "jdbc:postgresql://" + address,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres"),
            "embedded-postgres",
            ORDINAL));
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }

  static boolean wanted(ConfigSourceContext context) {
    boolean embeddedProfile =
        context.getProfiles().stream().anyMatch(PROFILES_WITH_EMBEDDED_DATABASE::contains);
    return embeddedProfile
        && !"false".equalsIgnoreCase(valueOf(context, ENABLED))
        && isBlank(valueOf(context, REACTIVE_URL))
        && isBlank(valueOf(context, JDBC_URL));
  }

  private static synchronized int sharedServerPort() {
    String running = System.getProperty(SHARED_PORT);
    if (running != null) {
      return Integer.parseInt(running);
    }
    EmbeddedPostgres server = EmbeddedPostgres.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
    System.setProperty(SHARED_PORT, Integer.toString(server.port()));
    return server.port();
  }

  private static String valueOf(ConfigSourceContext context, String name) {
    ConfigValue value = context.getValue(name);
    return value == null ? null : value.getValue();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
