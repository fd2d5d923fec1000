package com.profileservice.common.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path accepts, read once from the resource classes, so that a 405 answer can
 * carry the {@code Allow} header RFC 9110 requires (the REST layer's exception does not say).
 */
@ApplicationScoped
public class AllowedMethods {

  private record Route(Pattern path, String method) {}

  private final List<Route> routes = new ArrayList<>();

  void scan(@Observes StartupEvent started, BeanManager beans) {
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
          routes.add(new Route(regex(template), verb));
        }
      }
    }
  }

  /** The {@code Allow} value for {@code path}, or null when no resource serves it. */
  public String forPath(String path) {
    Set<String> allowed = new TreeSet<>();
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Route route : routes) {
      if (route.path().matcher(normalised).matches()) {
        allowed.add(route.method());
      }
    }
    if (allowed.isEmpty()) {
      return null;
    }
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return String.join(", ", allowed);
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
    String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  /** {@code /profiles/{handle}} matches one path segment where the template names a parameter. */
  private static Pattern regex(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
