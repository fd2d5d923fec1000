package com.profileservice.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods each path accepts, read from the resource classes, so that a 405 answer can carry the
 * {@code Allow} header RFC 9110 requires (the REST layer's exception does not say).
 */
@ApplicationScoped
public class AllowedMethods {

  private final ResourceRoutes routes;

  public AllowedMethods(ResourceRoutes routes) {
    this.routes = routes;
  }

  /** The {@code Allow} value for {@code path}, or null when no resource serves it. */
  public String forPath(String path) {
    Set<String> allowed = new TreeSet<>(routes.methodsOf(path));
    if (allowed.isEmpty()) {
      return null;
    }
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return String.join(", ", allowed);
  }
}
