package com.profileservice.common.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The routes the resource classes declare, each a path template and a method, read once from their
 * annotations at start-up (not on the event loop, when a request first needs them).
 */
@Startup
@ApplicationScoped
public class ResourceRoutes {

  /** One operation: {@code /profiles/{handle}} and {@code GET}. */
  public record Route(String template, Pattern path, String method) {}

  // Most literal characters first, as JAX-RS matches: /me/consents/history before {name}.
  private static final Comparator<Route> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt((Route route) -> literalLength(route.template())).reversed();

  private final List<Route> routes;
  private final Set<String> templates;

  public ResourceRoutes(BeanManager beans) {
    List<Route> found = new ArrayList<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Path classPath = bean.getBeanClass().getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : bean.getBeanClass().getMethods()) {
        String verb = httpMethod(method);
        if (verb != null) {
          Path methodPath = method.getAnnotation(Path.class);
          String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
          found.add(new Route(template, regex(template), verb));
        }
      }
    }
    found.sort(MOST_SPECIFIC_FIRST);
    this.routes = List.copyOf(found);
    Set<String> names = new TreeSet<>();
    found.forEach(route -> names.add(route.template()));
    this.templates = Set.copyOf(names);
  }

  /** Every path template some resource serves. */
  public Set<String> templates() {
    return templates;
  }

  /** The template of the resource that serves {@code path}, whatever the method. */
  public Optional<String> templateOf(String path) {
    String normalised = withoutTrailingSlash(path);
    for (Route route : routes) {
      if (route.path().matcher(normalised).matches()) {
        return Optional.of(route.template());
      }
    }
    return Optional.empty();
  }

  /** The methods the resources accept on {@code path}; empty when none serves it. */
  public Set<String> methodsOf(String path) {
    String normalised = withoutTrailingSlash(path);
    Set<String> methods = new TreeSet<>();
    for (Route route : routes) {
      if (route.path().matcher(normalised).matches()) {
        methods.add(route.method());
      }
    }
    return methods;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String classPath, String methodPath) {
    return withoutTrailingSlash(("/" + classPath + "/" + methodPath).replaceAll("/+", "/"));
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** {@code /profiles/{handle}} matches one path segment where the template names a parameter. */
  private static Pattern regex(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private static int literalLength(String template) {
    return template.replaceAll("\\{[^}]*}", "").length();
  }
}
