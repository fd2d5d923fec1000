package com.profileservice.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps a client's {@code Accept} from turning an answer into 406 when the client accepts JSON in
 * any form. Generated clients send {@code Accept: application/problem+json} for operations whose
 * only JSON is an error, or the error type next to the success type; Quarkus REST matches that
 * against the operation's {@code @Produces} alone and refuses. A list that names {@code
 * application/json}, {@code application/problem+json}, {@code application/*} or {@code *}{@code /*}
 * says the client reads whatever this API sends, so it also admits the operation's own type (at the
 * lowest preference, so the client's order still decides between types it names). A 406 remains for
 * lists that name none of those and nothing the operation produces, and is a problem document like
 * every error.
 */
public class ProblemAwareAccept {

  /** Appended to an Accept list that admits JSON: anything, least preferred. */
  static final String ANYTHING_ELSE = "*/*;q=0.001";

  private static final List<String> READS_ANY_ANSWER =
      List.of("application/json", "application/problem+json", "application/*", "*/*");

  @ServerRequestFilter(preMatching = true)
  public void admitAnswersOfAJsonClient(ContainerRequestContext request) {
    List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
    if (accept == null || accept.isEmpty()) {
      return;
    }
    String joined = String.join(",", accept);
    if (readsAnyAnswer(joined)) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, joined + "," + ANYTHING_ELSE);
    }
  }

  static boolean readsAnyAnswer(String accept) {
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (READS_ANY_ANSWER.contains(type)) {
        return true;
      }
    }
    return false;
  }
}
