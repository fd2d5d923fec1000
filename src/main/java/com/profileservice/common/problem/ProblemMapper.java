package com.profileservice.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.profileservice.common.http.AllowedMethods;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into an RFC 9457 problem response. The one place
 * where errors get their shape: no stack trace, exception class or rejected value reaches a client.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  /** Properties the server owns: a client naming them is told so rather than "unknown". */
  private static final Set<String> SERVER_OWNED =
      Set.of(
          "id",
          "subject",
          "emailVerified",
          "pendingEmail",
          "status",
          "version",
          "createdAt",
          "updatedAt");

  private final ProblemResponses responses;
  private final AllowedMethods allowedMethods;
  private final OutageLog outages;

  public ProblemMapper(
      ProblemResponses responses, AllowedMethods allowedMethods, OutageLog outages) {
    this.responses = responses;
    this.allowedMethods = allowedMethods;
    this.outages = outages;
  }

  /**
   * The problem response for any failure, as a resource's would be; for the routes that answer
   * without the REST layer.
   */
  public Response toResponse(Throwable failure, HttpServerRequest request) {
    return failure instanceof ProblemException problem
        ? domain(problem, request)
        : unexpected(failure, request);
  }

  @ServerExceptionMapper
  public Response domain(ProblemException e, HttpServerRequest request) {
    return responses.of(e, request.path()).build();
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
    return unauthenticated(request);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
    return unauthenticated(request);
  }

  @ServerExceptionMapper
  public Response authenticationIncomplete(
      AuthenticationCompletionException e, HttpServerRequest request) {
    return unauthenticated(request);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return responses
        .forStatus(403, "Your token does not grant the role this operation needs.", request.path())
        .build();
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, HttpServerRequest request) {
    // The JSON reader wraps Jackson's parse errors in a bare 400; they get their JSON problem.
    if (e.getCause() instanceof JsonParseException syntax) {
      return malformedJson(syntax, request);
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      return otherJson(json, request);
    }
    // A parameter converter's refusal, which Quarkus REST wraps in a bare 404 or 400.
    if (e.getCause() instanceof ProblemException problem) {
      return domain(problem, request);
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    Response.ResponseBuilder response = responses.forStatus(status, null, request.path());
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    if (allow == null && status == 405) {
      allow = allowedMethods.forPath(request.path());
    }
    if (allow != null) {
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.build();
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonParseException e, HttpServerRequest request) {
    return malformed("The request body is not valid JSON.", request);
  }

  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
    String field = pathOf(e);
    if (e instanceof UnrecognizedPropertyException unknown) {
      String name = unknown.getPropertyName();
      String detail =
          SERVER_OWNED.contains(name)
              ? "Property '" + field + "' is set by the server and cannot be sent."
              : "Property '" + field + "' is not part of this API.";
      return malformed(detail, request);
    }
    if (field.isEmpty()) {
      return malformed("The request body must be a JSON object of the documented shape.", request);
    }
    return wrongType(field, request);
  }

  @ServerExceptionMapper
  public Response otherJson(JsonProcessingException e, HttpServerRequest request) {
    if (e instanceof JsonMappingException mapping && !pathOf(mapping).isEmpty()) {
      return wrongType(pathOf(mapping), request);
    }
    return malformed("The request body could not be read.", request);
  }

  @ServerExceptionMapper
  public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(leafName(v), v.getMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .collect(Collectors.toList());
    return responses.of(new InvalidRequest(errors), request.path()).build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    if (DatabaseFailures.isUnavailable(e)) {
      outages.refused(DatabaseFailures.describe(e));
      return responses
          .forStatus(
              503,
              "The database cannot serve this request now; retry after the time in Retry-After.",
              request.path())
          .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.errorf("unexpected failure: %s", withoutMessages(e));
    return responses.forStatus(500, "The service failed unexpectedly.", request.path()).build();
  }

  /**
   * The failure's classes and stack frames, without messages: drivers put parameter values
   * (addresses, emails) into their messages, and those must never reach a log.
   */
  static String withoutMessages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 5; t = t.getCause(), depth++) {
      text.append(depth == 0 ? "" : "\ncaused by: ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 12); i++) {
        text.append("\n\tat ").append(frames[i]);
      }
    }
    return text.toString();
  }

  private Response unauthenticated(HttpServerRequest request) {
    return responses
        .forStatus(401, "A valid bearer token is required.", request.path())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  private Response malformed(String detail, HttpServerRequest request) {
    MalformedRequest e = new MalformedRequest(detail);
    return responses.of(e, request.path()).build();
  }

  private Response wrongType(String field, HttpServerRequest request) {
    return responses
        .of(InvalidRequest.of(field, "has the wrong type or format"), request.path())
        .build();
  }

  /** The dotted path of the JSON property that failed, as the API names fields. */
  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String leafName(ConstraintViolation<?> violation) {
    String leaf = null;
    for (var node : violation.getPropertyPath()) {
      leaf = node.getName();
    }
    return leaf == null ? "" : leaf;
  }
}
