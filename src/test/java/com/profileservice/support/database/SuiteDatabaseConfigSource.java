package com.profileservice.support.database;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The external suite database as configuration, just above {@code application.properties}: it takes
 * the place of the embedded server, while every test profile and test resource that names a
 * datasource of its own (an unreachable one, a server the test shuts down) still wins. System
 * properties would outrank those, and a test meant to shut down its own server would then signal
 * the shared one.
 *
 * <p>{@link ExternalSuiteDatabase} publishes the settings as system properties under {@value
 * #PREFIX}; this source, loaded by the application's own class loader, reads them back under their
 * real names.
 */
public final class SuiteDatabaseConfigSource implements ConfigSource {

  static final String PREFIX = "test.postgres.suite.";
  private static final int JUST_ABOVE_APPLICATION_PROPERTIES = 260;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new TreeMap<>();
    System.getProperties()
        .forEach(
            (key, value) -> {
              String name = key.toString();
              if (name.startsWith(PREFIX)) {
                properties.put(name.substring(PREFIX.length()), value.toString());
              }
            });
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return getProperties().keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return System.getProperty(PREFIX + propertyName);
  }

  @Override
  public String getName() {
    return "external suite database";
  }

  @Override
  public int getOrdinal() {
    return JUST_ABOVE_APPLICATION_PROPERTIES;
  }
}
