package com.profileservice.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Builds problem responses, serialising the body here so every layer gets the same bytes. */
@ApplicationScoped
public class ProblemResponses {

  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  public Response.ResponseBuilder of(ProblemException e, String path) {
    Response.ResponseBuilder response =
        of(
            new Problem(
                e.type(), e.title(), e.status(), e.getMessage(), path, e.errors(), e.reason()));
    e.headers().forEach(response::header);
    return response;
  }

  /** A problem that is fully described by its HTTP status (RFC 9457 "about:blank"). */
  public Response.ResponseBuilder forStatus(int status, String detail, String path) {
    return of(
        new Problem(
            "about:blank",
            ProblemTitles.of(status),
            status,
            detail == null ? defaultDetail(status) : detail,
            path,
            null,
            null));
  }

  public Response.ResponseBuilder of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(toJson(problem));
  }

  public String toJson(Problem problem) {
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem document is always serialisable", e);
    }
  }

  static String defaultDetail(int status) {
    return switch (status) {
      case 400 -> "The request could not be read.";
      case 404 -> "No resource at this path.";
      case 405 -> "This path does not accept that method; see the Allow header.";
      case 406 -> "This resource cannot produce any of the media types in Accept.";
      case 413 -> "The request body is larger than this endpoint accepts.";
      case 415 -> "This endpoint does not accept that Content-Type.";
      default -> "The request failed with status " + status + ".";
    };
  }
}
