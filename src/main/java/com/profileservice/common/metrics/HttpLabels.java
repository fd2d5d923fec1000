package com.profileservice.common.metrics;

import com.profileservice.common.http.ResourceRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The only values the {@code uri} and {@code method} labels of HTTP metrics may take: a route
 * template or a fixed word, a standard method or {@code OTHER}. {@code /q/metrics} is readable by
 * anyone, and a path or method copied from a request would both publish what a client sent (a phone
 * number in a path) and let any client create series without bound.
 */
@ApplicationScoped
public class HttpLabels {

  /** A 404 on a path no resource serves. */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** A redirect from a path no resource serves. */
  public static final String REDIRECTION = "REDIRECTION";

  /** Any other answer to a path no resource serves, and every value from elsewhere. */
  public static final String UNMATCHED = "UNMATCHED";

  /** A method outside RFC 9110 and RFC 5789. */
  public static final String OTHER_METHOD = "OTHER";

  private static final Set<String> FIXED_URIS = Set.of(NOT_FOUND, REDIRECTION, UNMATCHED);
  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final ResourceRoutes routes;

  public HttpLabels(ResourceRoutes routes) {
    this.routes = routes;
  }

  /**
   * The {@code uri} of a request: the template the REST layer matched when it is one of ours, else
   * the template whose pattern the path fits (a wrong method, an early refusal), else a word.
   */
  public String uri(String matchedTemplate, String path, int status) {
    if (matchedTemplate != null && routes.templates().contains(matchedTemplate)) {
      return matchedTemplate;
    }
    if (path != null && path.startsWith("/")) {
      String template = routes.templateOf(path).orElse(null);
      if (template != null) {
        return template;
      }
    }
    if (status == 404) {
      return NOT_FOUND;
    }
    return status / 100 == 3 ? REDIRECTION : UNMATCHED;
  }

  /** {@code value} itself when it is a label {@link #uri} could have given, else UNMATCHED. */
  public String boundedUri(String value) {
    return FIXED_URIS.contains(value) || routes.templates().contains(value) ? value : UNMATCHED;
  }

  public String method(String method) {
    return STANDARD_METHODS.contains(method) ? method : OTHER_METHOD;
  }
}
