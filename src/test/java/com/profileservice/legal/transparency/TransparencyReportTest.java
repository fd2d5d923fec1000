package com.profileservice.legal.transparency;

import static com.profileservice.legal.LegalRequests.approved;
import static com.profileservice.legal.LegalRequests.body;
import static com.profileservice.legal.LegalRequests.decide;
import static com.profileservice.legal.LegalRequests.disclose;
import static com.profileservice.legal.LegalRequests.filed;
import static com.profileservice.legal.LegalRequests.rejection;
import static com.profileservice.legal.LegalRequests.reviewer;
import static com.profileservice.legal.LegalRequests.reviewerToken;
import static com.profileservice.legal.LegalRequests.someProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.support.CapturedLogs;
import com.profileservice.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransparencyReportTest {

  private static final List<String> COUNTS =
      List.of("received", "rejected", "fulfilled", "accountsAffected");

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void reportCountsRequestsByHalfYearBasisAndOutcome() {
    String period = halfYear(Instant.now());
    Map<String, List<Long>> before = countsIn(report(), period);

    long rejected = filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));
    decide(reviewerToken(reviewer()), rejected, rejection()).statusCode(200);
    long fulfilled =
        filed(body("SUBPOENA", List.of(someProfile(), someProfile()), List.of("email")));
    approved(fulfilled, List.of("email"));
    disclose(reviewerToken(reviewer()), fulfilled).statusCode(200);
    long preserved = filed(body("PRESERVATION", List.of(someProfile()), List.of()));
    approved(preserved, List.of());
    filed(body("COURT_ORDER", List.of(someProfile()), List.of("phone")));

    Map<String, List<Long>> after = countsIn(report(), period);
    assertEquals(List.of(2L, 1L, 1L, 2L), difference(before, after, "SUBPOENA"));
    assertEquals(List.of(1L, 0L, 1L, 1L), difference(before, after, "PRESERVATION"));
    assertEquals(List.of(1L, 0L, 0L, 0L), difference(before, after, "COURT_ORDER"));
    assertEquals(List.of(0L, 0L, 0L, 0L), difference(before, after, "SEARCH_WARRANT"));
    assertEquals(List.of(0L, 0L, 0L, 0L), difference(before, after, "STATUTE"));
  }

  @Test
  void accountNamedTwiceCountsOnce() {
    String period = halfYear(Instant.now());
    Map<String, List<Long>> before = countsIn(report(), period);
    String handle = someProfile();
    for (int i = 0; i < 2; i++) {
      long id = filed(body("STATUTE", List.of(handle), List.of("email")));
      approved(id, List.of("email"));
      disclose(reviewerToken(reviewer()), id).statusCode(200);
    }

    assertEquals(
        List.of(2L, 0L, 2L, 1L), difference(before, countsIn(report(), period), "STATUTE"));
  }

  @Test
  void requestIsCountedInTheHalfYearItWasReceived() {
    clock.advance(Duration.ofDays(366));
    String later = halfYear(Instant.now().plus(Duration.ofDays(366)));
    Map<String, List<Long>> before = countsIn(report(), later);

    filed(body("SEARCH_WARRANT", List.of(someProfile()), List.of("email")));

    JsonPath report = report();
    assertEquals(
        List.of(1L, 0L, 0L, 0L), difference(before, countsIn(report, later), "SEARCH_WARRANT"));
    assertEquals(later, report.getString("periods[0].period"));
    assertEquals(5, report.getList("periods[0].byLegalBasis").size());
  }

  @Test
  void reportIsPublicAndNamesNoHandleReferenceOrAuthority() {
    String handle = someProfile();
    Map<String, Object> request = body("SUBPOENA", List.of(handle), List.of("email"));
    long id = filed(request);
    approved(id, List.of("email"));
    disclose(reviewerToken(reviewer()), id).statusCode(200);

    given()
        .get("/transparency-report")
        .then()
        .statusCode(200)
        .body(not(containsString(handle)))
        .body(not(containsString((String) request.get("referenceNumber"))))
        .body(not(containsString("District Court")));
  }

  @Test
  void reportIsOneAggregateSqlStatement() {
    filed(body("SUBPOENA", List.of(someProfile()), List.of("email")));

    try (CapturedLogs sql = CapturedLogs.of("org.hibernate.SQL")) {
      report();
      assertEquals(1, sql.lines().size(), () -> "statements: " + sql.lines());
      assertTrue(sql.lines().get(0).toLowerCase().contains("group by"));
    }
  }

  private static JsonPath report() {
    return given().get("/transparency-report").then().statusCode(200).extract().jsonPath();
  }

  /** Each basis's counts in {@code period}, zeros when the period is not in the report yet. */
  private static Map<String, List<Long>> countsIn(JsonPath report, String period) {
    List<Map<String, Object>> rows =
        report.getList("periods.find { it.period == '" + period + "' }.byLegalBasis");
    Map<String, List<Long>> counts = new java.util.HashMap<>();
    for (String basis :
        List.of("SEARCH_WARRANT", "PRESERVATION", "SUBPOENA", "COURT_ORDER", "STATUTE")) {
      counts.put(basis, List.of(0L, 0L, 0L, 0L));
    }
    if (rows != null) {
      for (Map<String, Object> row : rows) {
        counts.put(
            (String) row.get("legalBasis"),
            COUNTS.stream().map(c -> ((Number) row.get(c)).longValue()).toList());
      }
    }
    return counts;
  }

  private static List<Long> difference(
      Map<String, List<Long>> before, Map<String, List<Long>> after, String basis) {
    List<Long> was = before.get(basis);
    List<Long> is = after.get(basis);
    return java.util.stream.IntStream.range(0, COUNTS.size())
        .mapToObj(i -> is.get(i) - was.get(i))
        .toList();
  }

  private static String halfYear(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return date.getYear() + (date.getMonthValue() <= 6 ? "-H1" : "-H2");
  }
}
