package com.profileservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every setting of the service with the default its
 * {@code @ConfigMapping} states, so the table cannot drift from the code: a setting added, renamed
 * or given another default fails here until the table says so too.
 */
class ConfigurationDocsTest {

  private static final Path TABLE = Path.of("docs", "configuration.md");
  private static final String OURS = "profile.";

  /**
   * Read by {@code devdb.EmbeddedPostgresConfigSourceFactory} while configuration is being built,
   * before any mapping exists; it treats anything but {@code false} as on.
   */
  private static final Map<String, String> READ_BEFORE_MAPPINGS =
      Map.of("profile.embedded-postgres.enabled", "true");

  /** A table row: `name` | `ENV_NAME` | `default` or none | meaning. */
  private static final Pattern ROW =
      Pattern.compile("^\\| `(profile\\.[^`]+)` \\| `([^`]+)` \\| (?:`([^`]*)`|(none)) \\|");

  @Test
  void theTableListsEverySettingWithItsDefaultAndEnvironmentVariable() throws IOException {
    Map<String, Optional<String>> settings = settings();
    Map<String, Row> documented = documentedRows();

    assertEquals(
        settings.keySet(), documented.keySet(), "settings in the code vs rows of " + TABLE);
    settings.forEach(
        (name, defaultValue) -> {
          Row row = documented.get(name);
          assertEquals(defaultValue, row.defaultValue(), "default of " + name);
          assertEquals(environmentVariable(name), row.environmentVariable(), "variable of " + name);
        });
  }

  @Test
  void applicationPropertiesOnlyOverridesSettingsThatExist() throws IOException {
    Map<String, Optional<String>> settings = settings();
    Properties properties = new Properties();
    try (InputStream in = resource("application.properties").openStream()) {
      properties.load(in);
    }
    for (String key : properties.stringPropertyNames()) {
      String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
      if (!name.startsWith(OURS)) {
        continue;
      }
      assertTrue(settings.containsKey(name), key + " sets a setting that does not exist");
      assertTrue(
          key.startsWith("%"),
          key + " restates a default: it belongs in its mapping's @WithDefault, stated once");
    }
  }

  @Test
  void noCodeReadsOneOfOurSettingsAroundItsMapping() {
    for (Class<?> type : mainClasses()) {
      Stream.concat(
              Stream.of(type.getDeclaredFields()).map(f -> f.getAnnotation(ConfigProperty.class)),
              Stream.of(type.getDeclaredConstructors())
                  .flatMap(c -> Stream.of(c.getParameters()))
                  .map(p -> p.getAnnotation(ConfigProperty.class)))
          .filter(property -> property != null)
          .forEach(
              property ->
                  assertFalse(
                      property.name().startsWith(OURS),
                      type.getName() + " reads " + property.name() + " with @ConfigProperty"));
    }
  }

  private record Row(String environmentVariable, Optional<String> defaultValue) {}

  private static Map<String, Row> documentedRows() throws IOException {
    Map<String, Row> rows = new TreeMap<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `" + OURS)) {
        continue;
      }
      Matcher row = ROW.matcher(line);
      assertTrue(row.find(), "a row of " + TABLE + " not in the table's shape: " + line);
      Row previous =
          rows.put(row.group(1), new Row(row.group(2), Optional.ofNullable(row.group(3))));
      assertEquals(null, previous, row.group(1) + " is listed twice");
    }
    return rows;
  }

  /** Every setting of ours, with its default (empty when it has none). */
  private static Map<String, Optional<String>> settings() {
    Map<String, Optional<String>> settings = new TreeMap<>();
    READ_BEFORE_MAPPINGS.forEach((name, value) -> settings.put(name, Optional.of(value)));
    for (Class<?> type : mainClasses()) {
      ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
      if (mapping != null) {
        collect(mapping.prefix(), type, settings);
      }
    }
    assertFalse(settings.size() <= READ_BEFORE_MAPPINGS.size(), "no @ConfigMapping found");
    return settings;
  }

  /** The names SmallRye Config gives a mapping's methods: kebab case, groups nested. */
  private static void collect(
      String prefix, Class<?> mapping, Map<String, Optional<String>> settings) {
    for (Method method : mapping.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
        continue;
      }
      String name =
          method.isAnnotationPresent(WithParentName.class) ? prefix : prefix + "." + nameOf(method);
      Class<?> type = method.getReturnType();
      if (type == Optional.class) {
        type = typeArgument(method.getGenericReturnType());
      }
      if (Map.class.isAssignableFrom(type)) {
        fail(mapping.getName() + "." + method.getName() + ": a map; teach this test its names");
      }
      if (isGroup(type)) {
        collect(name, type, settings);
        continue;
      }
      WithDefault defaultValue = method.getAnnotation(WithDefault.class);
      settings.put(name, Optional.ofNullable(defaultValue).map(WithDefault::value));
    }
  }

  private static String nameOf(Method method) {
    WithName explicit = method.getAnnotation(WithName.class);
    if (explicit != null) {
      return explicit.value();
    }
    return method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }

  /** A nested group: an interface of ours rather than a value type. */
  private static boolean isGroup(Class<?> type) {
    return type.isInterface()
        && !type.getName().startsWith("java.")
        && !Collection.class.isAssignableFrom(type);
  }

  private static Class<?> typeArgument(Type type) {
    Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
    return argument instanceof ParameterizedType nested
        ? (Class<?>) nested.getRawType()
        : (Class<?>) argument;
  }

  /** As SmallRye Config matches environment variables: upper case, all else {@code _}. */
  private static String environmentVariable(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
  }

  /** The compiled classes of the application, not of the tests. */
  private static List<Class<?>> mainClasses() {
    Path root = classesRoot();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString();
        if (!relative.endsWith(".class")) {
          continue;
        }
        String name = relative.replace(file.getFileSystem().getSeparator(), ".");
        classes.add(
            Class.forName(
                name.substring(0, name.length() - ".class".length()),
                false,
                ConfigurationDocsTest.class.getClassLoader()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return Collections.unmodifiableList(classes);
  }

  private static Path classesRoot() {
    try {
      // Main.java is an application class, so its folder's root holds the application's classes.
      URL main = resource("com/profileservice/Main.class");
      Path file = Path.of(main.toURI());
      return file.getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL resource(String name) {
    URL url = ConfigurationDocsTest.class.getClassLoader().getResource(name);
    assertTrue(url != null, name + " is not on the class path");
    return url;
  }
}
