package com.profileservice.common.input;

import static io.restassured.RestAssured.given;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the API with a caller allowed to use it, a valid body where it takes one, and
 * the read that shows whether a refused request changed anything. The fixtures behind the path
 * parameters are created once, on first use, by the API itself.
 */
final class ApiOperations {

  /** Who calls: each a fixed subject with the role the operation needs. */
  enum Caller {
    ANONYMOUS(null, null),
    OWNER("user", "hygiene-owner-" + Profiles.newSubject()),
    NEWCOMER("user", "hygiene-newcomer-" + Profiles.newSubject()),
    INTAKE("legal-intake", "hygiene-intake-" + Profiles.newSubject()),
    REVIEWER("legal-reviewer", "hygiene-reviewer-" + Profiles.newSubject()),
    MAILER("mailer", "hygiene-mailer"),
    COMMENTS("comments", "hygiene-comments"),
    PHONEPOST("phonepost", "hygiene-phonepost"),
    ANALYST("analyst", "hygiene-analyst"),
    EVENTS("events", "hygiene-events");

    final String role;
    final String subject;

    Caller(String role, String subject) {
      this.role = role;
      this.subject = subject;
    }

    String token() {
      return role == null ? null : Tokens.withRoles(subject, role);
    }

    RequestSpecification request() {
      RequestSpecification request = given().urlEncodingEnabled(false);
      return role == null ? request : request.auth().oauth2(token());
    }
  }

  /** A read whose answer a refused request must leave as it was. */
  record Probe(Caller caller, String path) {
    String read() {
      return caller.request().get(fill(path)).asString();
    }
  }

  /**
   * One operation. {@code template} uses the API's parameter names; {@code body} is valid JSON for
   * {@code contentType}, or null; {@code probe} is null for operations that store nothing.
   */
  record Operation(
      String method, String template, Caller caller, String contentType, String body, Probe probe) {

    boolean hasPathParameter() {
      return template.contains("{");
    }

    boolean takesJson() {
      return contentType != null && contentType.contains("json");
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  static final String PHONE = "+31612345678";
  private static final Probe OWNER_VIEW = new Probe(Caller.OWNER, "/me");
  private static final Probe THE_LEGAL_REQUEST = new Probe(Caller.INTAKE, "/legal/requests/{id}");

  private static String handle;
  private static long legalRequestId;

  private ApiOperations() {}

  static List<Operation> all() {
    return List.of(
        op("GET", "/policy", Caller.ANONYMOUS),
        op("GET", "/transparency-report", Caller.ANONYMOUS),
        op("GET", "/directory", Caller.ANONYMOUS),
        op("GET", "/directory/regions", Caller.ANONYMOUS),
        op("GET", "/profiles/{handle}", Caller.ANONYMOUS),
        op("GET", "/profiles/{handle}/picture", Caller.ANONYMOUS),
        new Operation(
            "POST",
            "/profiles",
            Caller.NEWCOMER,
            "application/json",
            """
            {"handle": "newcomer1", "name": "New Comer", "email": "new@example.org",
             "birthday": "1990-05-04", "gender": "FEMALE", "website": "https://new.example.org/",
             "im": {"aim": "aim1", "icq": "12345", "yahoo": "yah", "msn": "msn1",
                    "jabber": "new@jabber.example.org"},
             "location": {"city": "Delft", "state": "ZH", "country": "NL", "zip": "2611"},
             "phone": "+31687654321", "visibility": {"email": "PUBLIC"}}
            """,
            new Probe(Caller.NEWCOMER, "/me")),
        op("GET", "/me", Caller.OWNER),
        new Operation(
            "PATCH",
            "/me",
            Caller.OWNER,
            "application/merge-patch+json",
            """
            {"name": "Changed Name", "im": {"icq": "777"}, "location": {"city": "Leiden"},
             "visibility": {"email": "PUBLIC"}}
            """,
            OWNER_VIEW),
        new Operation("DELETE", "/me", Caller.OWNER, null, null, OWNER_VIEW),
        op("GET", "/me/export", Caller.OWNER),
        new Operation("PUT", "/me/picture", Caller.OWNER, "image/png", null, OWNER_VIEW),
        new Operation("DELETE", "/me/picture", Caller.OWNER, null, null, OWNER_VIEW),
        op("GET", "/me/consents", Caller.OWNER),
        new Operation(
            "PUT",
            "/me/consents/{name}",
            Caller.OWNER,
            "application/json",
            "{\"granted\": true}",
            new Probe(Caller.OWNER, "/me/consents")),
        op("GET", "/me/consents/history", Caller.OWNER),
        op("GET", "/me/comment-ips", Caller.OWNER),
        op("GET", "/me/disclosures", Caller.OWNER),
        op("POST", "/me/email-verification", Caller.OWNER),
        new Operation(
            "POST",
            "/email-verifications",
            Caller.ANONYMOUS,
            "application/json",
            "{\"token\": \"not-a-real-code\"}",
            null),
        op("GET", "/internal/profiles/{handle}/email", Caller.MAILER),
        op("GET", "/internal/phonepost/{e164}", Caller.PHONEPOST),
        new Operation(
            "POST",
            "/internal/profiles/{handle}/comment-ips",
            Caller.COMMENTS,
            "application/json",
            "{\"commentId\": \"c-1\", \"ip\": \"192.0.2.10\", \"postedAt\": \"2026-01-02T03:04:05Z\"}",
            new Probe(Caller.OWNER, "/me/comment-ips")),
        op("GET", "/internal/stats/demographics", Caller.ANALYST),
        op("GET", "/internal/events", Caller.EVENTS),
        new Operation(
            "POST",
            "/legal/requests",
            Caller.INTAKE,
            "application/json",
            """
            {"legalBasis": "SUBPOENA", "issuingAuthority": "District Court",
             "referenceNumber": "REF-1", "issuedOn": "%s", "targetHandles": ["%s"],
             "requestedFields": ["handle", "email"], "nonDisclosureUntil": "2030-01-01T00:00:00Z"}
            """,
            new Probe(Caller.INTAKE, "/legal/requests")),
        op("GET", "/legal/requests", Caller.INTAKE),
        op("GET", "/legal/requests/{id}", Caller.INTAKE),
        new Operation(
            "POST",
            "/legal/requests/{id}/decision",
            Caller.REVIEWER,
            "application/json",
            "{\"approve\": true, \"reason\": \"Valid subpoena.\", \"approvedFields\": [\"handle\"]}",
            THE_LEGAL_REQUEST),
        new Operation(
            "POST",
            "/legal/requests/{id}/disclosure",
            Caller.REVIEWER,
            null,
            null,
            THE_LEGAL_REQUEST),
        new Operation(
            "POST",
            "/legal/requests/{id}/hold-extension",
            Caller.REVIEWER,
            null,
            null,
            THE_LEGAL_REQUEST),
        op("GET", "/legal/audit", Caller.INTAKE),
        op("GET", "/legal/audit/verify", Caller.INTAKE));
  }

  private static Operation op(String method, String template, Caller caller) {
    return new Operation(method, template, caller, null, null, null);
  }

  /** The template with its parameters bound to the fixtures, each value percent-encoded. */
  static String fill(String template) {
    ensureFixtures();
    return template
        .replace("{handle}", handle)
        .replace("{e164}", "%2B" + PHONE.substring(1))
        .replace("{name}", "news")
        .replace("{id}", Long.toString(legalRequestId));
  }

  /** The template with every parameter replaced by {@code value}, which is sent as it is. */
  static String fillWith(String template, String value) {
    return template.replaceAll("\\{[^}]+}", value);
  }

  /** The valid body with its placeholders bound to the fixtures. */
  static String body(Operation operation) {
    ensureFixtures();
    return operation.body() == null
        ? null
        : operation.body().formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1), handle);
  }

  /**
   * The owner has a profile and logs commenters' addresses, so every write that got through would
   * show; one legal request waits for review.
   */
  private static synchronized void ensureFixtures() {
    if (handle != null) {
      return;
    }
    String ownerHandle = Profiles.newHandle();
    Profiles.create(Caller.OWNER.subject, Profiles.minimal(ownerHandle));
    given()
        .auth()
        .oauth2(Caller.OWNER.token())
        .contentType(ContentType.JSON)
        .body(Map.of("granted", true))
        .put("/me/consents/comment_ip_logging")
        .then()
        .statusCode(200);
    handle = ownerHandle;
    legalRequestId =
        given()
            .auth()
            .oauth2(Caller.INTAKE.token())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "legalBasis",
                    "SUBPOENA",
                    "issuingAuthority",
                    "District Court",
                    "referenceNumber",
                    "REF-" + Profiles.newHandle(),
                    "issuedOn",
                    LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                    "targetHandles",
                    List.of(ownerHandle),
                    "requestedFields",
                    List.of("handle")))
            .post("/legal/requests")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
  }
}
