package com.profileservice.devdb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresConfigSourceFactoryTest {

  @Test
  void productionNeverGetsAnEmbeddedDatabase() {
    assertFalse(EmbeddedPostgresConfigSourceFactory.wanted(context(List.of("prod"), Map.of())));
  }

  @Test
  void devAndTestGetOneWhenNoUrlIsConfigured() {
    assertTrue(EmbeddedPostgresConfigSourceFactory.wanted(context(List.of("dev"), Map.of())));
    assertTrue(EmbeddedPostgresConfigSourceFactory.wanted(context(List.of("test"), Map.of())));
  }

  @Test
  void configuredUrlAlwaysWins() {
    assertFalse(
        EmbeddedPostgresConfigSourceFactory.wanted(
            context(
                List.of("test"), Map.of("quarkus.datasource.reactive.url", "postgresql://db/x"))));
    assertFalse(
        EmbeddedPostgresConfigSourceFactory.wanted(
            context(
                List.of("dev"), Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/x"))));
  }

  @Test
  void canBeSwitchedOff() {
    assertFalse(
        EmbeddedPostgresConfigSourceFactory.wanted(
            context(List.of("dev"), Map.of(EmbeddedPostgresConfigSourceFactory.ENABLED, "false"))));
  }

  private static ConfigSourceContext context(List<String> profiles, Map<String, String> values) {
    return new ConfigSourceContext() {
      @Override
      public ConfigValue getValue(String name) {
        String value = values.get(name);
        return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
      }

      @Override
      public List<String> getProfiles() {
        return profiles;
      }

      @Override
      public Iterator<String> iterateNames() {
        return values.keySet().iterator();
      }
    };
  }
}
