package com.profileservice.stats;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.profileservice.stats.DemographicsQueries.Counts;
import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Other tests keep adding profiles to the shared database, so these tests never assume what it
 * holds: they compare the report with a count of their own, made independently in Java from the
 * stored rows and suppressed by the unit-tested rule, and otherwise check invariants and deltas.
 */
@QuarkusTest
class DemographicsTest {

  private static final int K = 10;
  private static final Duration GRACE = Duration.ofDays(14);
  private static final List<String> BANDS =
      List.of("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown");

  @Inject TestClock clock;
  @Inject Database database;
  @Inject DemographicsQueries queries;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void onlyTheAnalystRoleMayReadDemographics() {
    given().get("/internal/stats/demographics").then().statusCode(401);
    for (String role : new String[] {"user", "mailer", "comments", "phonepost", "legal-reviewer"}) {
      given()
          .auth()
          .oauth2(Tokens.withRoles("svc", role))
          .get("/internal/stats/demographics")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    demographics().then().statusCode(200);
  }

  @Test
  void openApiDocumentsTheAnalystRoleAndSuppressedCells() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .body("paths.'/internal/stats/demographics'.get.'x-roles'", hasItem("analyst"))
        .body("paths.'/internal/stats/demographics'.get.description", startsWith("Role: analyst"))
        .body("paths.'/internal/stats/demographics'.get.responses", hasKey("401"))
        .body("paths.'/internal/stats/demographics'.get.responses", hasKey("403"))
        .body("components.schemas.AgeBandCell.properties", hasKey("suppressed"))
        .body("components.schemas.Demographics.properties", hasKey("countries"));
  }

  @Test
  void everyDimensionListsEveryCellInAFixedOrderWhateverTheData() {
    Response report = demographics();

    assertEquals(LocalDate.now(clock).toString(), report.path("asOf"));
    assertEquals(K, (Integer) report.path("k"));
    assertEquals(BANDS, report.path("ageBands.band"));
    assertEquals(List.of("MALE", "FEMALE", "UNSPECIFIED"), report.path("genders.gender"));
    List<String> countries = report.path("countries.country");
    List<String> iso = new ArrayList<>(new TreeSet<>(Arrays.asList(Locale.getISOCountries())));
    assertEquals(iso, countries.subList(0, countries.size() - 1));
    assertEquals("unknown", countries.get(countries.size() - 1));
  }

  @Test
  void aSuppressedCellHasNoCountAndAShownCellIsNeverBelowK() {
    createProfiles(K, LocalDate.now(clock).minusYears(30), "FEMALE", "NL");
    Response report = demographics();

    for (String dimension : new String[] {"ageBands", "genders", "countries"}) {
      List<Map<String, Object>> cells = report.path(dimension);
      long hidden = cells.stream().filter(c -> (Boolean) c.get("suppressed")).count();
      long shownSum = 0;
      for (Map<String, Object> cell : cells) {
        assertEquals(3, cell.size(), "a cell has a label, count and suppressed: " + cell);
        if ((Boolean) cell.get("suppressed")) {
          assertTrue(cell.containsKey("count"));
          assertNull(cell.get("count"));
        } else {
          long count = ((Number) cell.get("count")).longValue();
          assertTrue(count >= K, "a shown count below k: " + cell);
          shownSum += count;
        }
      }
      long total = ((Number) report.path("total.count")).longValue();
      // A lone hidden cell would be the total minus the shown ones.
      assertTrue(hidden != 1, dimension + " hides exactly one cell");
      assertTrue(
          hidden == 0 ? shownSum == total : shownSum < total, dimension + " does not add up");
    }
  }

  @Test
  void theDatabaseCountsActiveProfilesByAgeGenderAndCountryExactly() {
    LocalDate today = LocalDate.now(clock);
    // Either side of each band's lower bound, and a 29 February birthday.
    for (int years : new int[] {18, 25, 35, 45, 55, 65}) {
      createProfiles(1, today.minusYears(years), "MALE", "NL");
      createProfiles(1, today.minusYears(years).plusDays(1), "FEMALE", "DE");
    }
    createProfiles(1, LocalDate.of(2008, 2, 29), "UNSPECIFIED", null);
    createProfiles(1, null, "MALE", "FR");
    clock.advance(Duration.ofDays(-15));
    createProfiles(2, today.minusYears(50), "MALE", "LU");
    clock.reset();

    // Unsuppressed, so that a profile counted in the wrong cell cannot hide behind suppression.
    for (LocalDate date : new LocalDate[] {today, LocalDate.of(2026, 2, 28), today.plusYears(1)}) {
      Instant now = date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(43200);
      Counts counts = queries.count(now.minus(GRACE), date).await().indefinitely();
      assertEquals(independentCounts(now), counts, "counted on " + date);
    }
  }

  @Test
  void theReportIsThoseCountsSuppressedByTheRule() {
    createProfiles(K, today().minusYears(40), "FEMALE", "BE");
    createProfiles(2, today().minusYears(20), "MALE", "TV");

    assertReport(expectedReport(), demographics());
  }

  /**
   * k is the service's setting alone: the endpoint takes no parameter, and one sent anyway is
   * ignored like any query parameter an operation does not define, so the report is the same,
   * suppressed at the configured k.
   */
  @Test
  void aQueryParameterCannotLowerK() {
    createProfiles(2, today().minusYears(20), "MALE", "TV");

    Response asked =
        given()
            .auth()
            .oauth2(Tokens.withRoles("analytics-service", "analyst"))
            .queryParam("k", 0)
            .get("/internal/stats/demographics");

    assertEquals(K, (Integer) asked.path("k"));
    assertReport(expectedReport(), asked);
  }

  @Test
  void agesMoveWithTheServiceClock() {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    createProfiles(K, tomorrow.minusYears(18), "MALE", "IE");
    assertReport(expectedReport(), demographics());

    clock.advance(Duration.ofDays(1));

    assertEquals(tomorrow.toString(), demographics().path("asOf"));
    assertReport(expectedReport(), demographics());
  }

  @Test
  void theTotalCountsActiveProfilesOnly() {
    createProfiles(K, null, "UNSPECIFIED", null);
    long before = total();

    createProfiles(1, null, "UNSPECIFIED", null);
    assertEquals(before + 1, total());

    clock.advance(Duration.ofDays(-15));
    createProfiles(1, null, "UNSPECIFIED", null);
    clock.reset();
    assertEquals(before + 1, total(), "an account past its grace period is not counted");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private long total() {
    Response report = demographics();
    assertEquals(false, report.path("total.suppressed"));
    return ((Number) report.path("total.count")).longValue();
  }

  /** Dimension by dimension, so that a failure names the first that differs. */
  private static void assertReport(Map<String, Object> expected, Response report) {
    assertEquals(200, report.statusCode());
    for (String part : expected.keySet()) {
      assertEquals(expected.get(part), report.path(part), part);
    }
  }

  /** Counted in Java from every stored row, ages as MinimumAge computes them. */
  private Counts independentCounts(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<String, Long> bands = new HashMap<>();
    Map<String, Long> genders = new HashMap<>();
    Map<String, Long> countries = new HashMap<>();
    long total = 0;
    for (Row row :
        database.rows("select birthday, gender, location_country, unverified_since from profile")) {
      OffsetDateTime unverifiedSince = row.getOffsetDateTime("unverified_since");
      if (unverifiedSince != null && now.isAfter(unverifiedSince.toInstant().plus(GRACE))) {
        continue;
      }
      total++;
      bands.merge(band(row.getLocalDate("birthday"), today), 1L, Long::sum);
      genders.merge(row.getString("gender"), 1L, Long::sum);
      countries.merge(row.getString("location_country"), 1L, Long::sum);
    }
    return new Counts(total, bands, genders, countries);
  }

  /** The report the service should give now: the independent counts, suppressed by the rule. */
  private Map<String, Object> expectedReport() {
    Counts counts = independentCounts(clock.instant());
    long total = counts.total();
    Map<String, Long> countries = new HashMap<>(counts.countries());
    countries.put("unknown", countries.getOrDefault(null, 0L));
    TreeSet<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    counts.countries().keySet().stream().filter(c -> c != null).forEach(codes::add);
    List<String> countryOrder = new ArrayList<>(codes);
    countryOrder.add("unknown");

    SmallCellSuppression rule = new SmallCellSuppression(K);
    Map<String, Object> expected = new LinkedHashMap<>();
    Map<String, Object> totalCell = new HashMap<>();
    totalCell.put("count", rule.totalSuppressed(total) ? null : (int) total);
    totalCell.put("suppressed", rule.totalSuppressed(total));
    expected.put("total", totalCell);
    expected.put("ageBands", cells("band", BANDS, counts.bands(), total, rule));
    expected.put(
        "genders",
        cells("gender", List.of("MALE", "FEMALE", "UNSPECIFIED"), counts.genders(), total, rule));
    expected.put("countries", cells("country", countryOrder, countries, total, rule));
    return expected;
  }

  private static List<Map<String, Object>> cells(
      String key,
      List<String> labels,
      Map<String, Long> counts,
      long total,
      SmallCellSuppression rule) {
    long[] values = labels.stream().mapToLong(l -> counts.getOrDefault(l, 0L)).toArray();
    boolean[] hidden = rule.suppressed(values, total);
    List<Map<String, Object>> cells = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Map<String, Object> cell = new HashMap<>();
      cell.put(key, labels.get(i));
      cell.put("count", hidden[i] ? null : (int) values[i]);
      cell.put("suppressed", hidden[i]);
      cells.add(cell);
    }
    return cells;
  }

  private static String band(LocalDate birthday, LocalDate today) {
    if (birthday == null) {
      return "unknown";
    }
    int[] from = {65, 55, 45, 35, 25, 18};
    String[] labels = {"65+", "55-64", "45-54", "35-44", "25-34", "18-24"};
    for (int i = 0; i < from.length; i++) {
      if (!birthday.plusYears(from[i]).isAfter(today)) {
        return labels[i];
      }
    }
    return "13-17";
  }

  private static void createProfiles(int count, LocalDate birthday, String gender, String country) {
    for (int i = 0; i < count; i++) {
      Map<String, Object> body = minimal(newHandle());
      if (birthday != null) {
        body.put("birthday", birthday.toString());
      }
      body.put("gender", gender);
      if (country != null) {
        body.put("location", Map.of("country", country));
      }
      Profiles.create(newSubject(), body);
    }
  }

  private static Response demographics() {
    return given()
        .auth()
        .oauth2(Tokens.withRoles("analytics-service", "analyst"))
        .get("/internal/stats/demographics");
  }
}
