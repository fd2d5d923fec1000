package com.profileservice.directory;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.profileservice.support.Consents;
import com.profileservice.support.Profiles;
import com.profileservice.support.TestClock;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The directory is shared by every test, so each test lists its profiles under a state of its own
 * and filters by it.
 */
@QuarkusTest
class DirectoryTest {

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void listsHandleNameAndRegionOfConsentingOwnersAndNothingElse() {
    String state = newState();
    String handle = listed("NL", state, "Amersfoort", "3811 AB");

    Response response = directory(Map.of("state", state));

    assertEquals(200, response.statusCode());
    assertEquals(1, (int) response.path("items.size()"));
    assertEquals(
        Map.of(
            "handle",
            handle,
            "name",
            "Test Person",
            "region",
            Map.of("country", "NL", "state", state, "city", "Amersfoort")),
        response.path("items[0]"));
    assertNull(response.path("next"));
  }

  @Test
  void regionIsShownEvenWhenTheLocationFieldsArePrivate() {
    String state = newState();
    Map<String, Object> body = withLocation(newHandle(), "BE", state, "Gent", "9000");
    body.put(
        "visibility",
        Map.of(
            "location.city",
            "PRIVATE",
            "location.state",
            "PRIVATE",
            "location.country",
            "PRIVATE"));
    String subject = newSubject();
    String handle = Profiles.create(subject, body);
    Consents.set(Tokens.user(subject), "directory_listing", true);

    given().get("/profiles/" + handle).then().statusCode(200).body("location", nullValue());
    directory(Map.of("state", state))
        .then()
        .statusCode(200)
        .body("items[0].handle", equalTo(handle))
        .body("items[0].region.country", equalTo("BE"))
        .body("items[0].region.state", equalTo(state))
        .body("items[0].region.city", equalTo("Gent"));
  }

  @Test
  void stateAndCityAreAbsentWhenNotGiven() {
    String state = newState();
    String withoutCity = listed("NL", state, null, null);

    directory(Map.of("state", state))
        .then()
        .body("items[0].handle", equalTo(withoutCity))
        .body("items[0].region", equalTo(Map.of("country", "NL", "state", state)));
  }

  @Test
  void theZipIsNeverShownNorCarriedReadablyInTheCursor() {
    String state = newState();
    List<String> zips = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String zip = "Z" + UUID.randomUUID().toString().substring(0, 8);
      zips.add(zip);
      listed("NL", state, "Utrecht", zip);
    }

    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> query = new HashMap<>(Map.of("state", state, "limit", 1));
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      Response page = directory(query);
      assertEquals(200, page.statusCode());
      String body = page.asString();
      cursor = page.path("next");
      for (String zip : zips) {
        assertFalse(body.contains(zip), "the body shows a zip");
        if (cursor != null) {
          assertFalse(cursor.contains(zip), "the cursor shows a zip");
          String decoded =
              new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
          assertFalse(decoded.contains(zip), "the decoded cursor shows a zip");
        }
      }
      pages++;
    } while (cursor != null);
    assertEquals(4, pages);
  }

  @Test
  void onlyActiveProfilesThatConsentNowAndGaveACountryAreListed() {
    String state = newState();
    String listed = listed("NL", state, "Delft", "2611");

    Profiles.create(newSubject(), withLocation(newHandle(), "NL", state, "Delft", "2612"));

    String noCountry = newSubject();
    Profiles.create(noCountry, withLocation(newHandle(), null, state, "Delft", "2613"));
    Consents.set(Tokens.user(noCountry), "directory_listing", true);

    // Created fifteen days ago and never verified: past the grace period, so inactive.
    clock.advance(Duration.ofDays(-15));
    String inactive = newSubject();
    Profiles.create(inactive, withLocation(newHandle(), "NL", state, "Delft", "2614"));
    Consents.set(Tokens.user(inactive), "directory_listing", true);
    clock.reset();

    directory(Map.of("state", state))
        .then()
        .statusCode(200)
        .body("items.handle", equalTo(List.of(listed)));
  }

  @Test
  void withdrawingConsentRemovesTheEntryOnTheNextRequest() {
    String state = newState();
    String subject = newSubject();
    String handle = Profiles.create(subject, withLocation(newHandle(), "NL", state, "Leiden", "1"));
    Consents.set(Tokens.user(subject), "directory_listing", true);
    directory(Map.of("state", state)).then().body("items.handle", hasItem(handle));

    Consents.set(Tokens.user(subject), "directory_listing", false);

    directory(Map.of("state", state)).then().statusCode(200).body("items", empty());
    given()
        .get("/directory/regions")
        .then()
        .body("countries.states.flatten().state", not(hasItem(state)));
  }

  @Test
  void pagesFollowCityThenZipThenHandleAndListEveryEntryExactlyOnce() {
    String state = newState();
    List<Entry> entries = new ArrayList<>();
    String[][] fixtures = {
      {"beta", "1000"},
      {"Alpha", "2000"},
      {"alpha", "1000"},
      {"Beta", "0999"},
      {"alpha", "1000"},
      {"Alpha", null},
      {"beta", "1000"}
    };
    for (String[] fixture : fixtures) {
      String handle = listed("NL", state, fixture[0], fixture[1]);
      entries.add(new Entry(handle, fixture[0], fixture[1] == null ? "" : fixture[1]));
    }
    List<String> expected =
        entries.stream()
            .sorted(
                Comparator.comparing((Entry e) -> e.city().toLowerCase(Locale.ROOT))
                    .thenComparing(Entry::zip)
                    .thenComparing(e -> e.handle().toLowerCase(Locale.ROOT)))
            .map(Entry::handle)
            .toList();

    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> query = new HashMap<>(Map.of("state", state, "limit", 2));
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      Response page = directory(query);
      assertEquals(200, page.statusCode());
      paged.addAll(page.path("items.handle"));
      cursor = page.path("next");
      pages++;
    } while (cursor != null);

    assertEquals(expected, paged);
    assertEquals(4, pages);
    assertEquals(expected, directory(Map.of("state", state, "limit", 100)).path("items.handle"));
    assertEquals(expected, directory(Map.of("state", state)).path("items.handle"));
  }

  @Test
  void aFullLastPageStillEndsTheListing() {
    String state = newState();
    listed("NL", state, "Zwolle", "1");
    listed("NL", state, "Zwolle", "2");

    Response first = directory(Map.of("state", state, "limit", 1));
    Response second = directory(Map.of("state", state, "limit", 1, "cursor", first.path("next")));

    assertNotNull(first.path("next"));
    assertEquals(1, (int) second.path("items.size()"));
    assertNull(second.path("next"));
  }

  @Test
  void filtersMatchCountryStateAndCityIgnoringCase() {
    String state = newState();
    String inUtrecht = listed("NL", state, "Utrecht", "1");
    String inZeist = listed("NL", state, "Zeist", "2");
    String inBelgium = listed("BE", state, "Utrecht", "3");

    assertEquals(
        List.of(inBelgium, inUtrecht, inZeist),
        directory(Map.of("state", state.toUpperCase())).path("items.handle"));
    assertEquals(
        List.of(inUtrecht, inZeist),
        directory(Map.of("country", "nl", "state", state.toLowerCase())).path("items.handle"));
    assertEquals(
        List.of(inUtrecht),
        directory(Map.of("country", "NL", "state", state, "city", "UTRECHT")).path("items.handle"));
    assertEquals(
        List.of(inBelgium, inUtrecht),
        directory(Map.of("state", state, "city", "utrecht")).path("items.handle"));
    assertEquals(
        List.of(), directory(Map.of("country", "DE", "state", state)).path("items.handle"));
    // An empty filter is no filter.
    assertEquals(
        List.of(inBelgium, inUtrecht, inZeist),
        directory(Map.of("country", "", "state", state, "city", "")).path("items.handle"));
  }

  @Test
  void aBadOrTamperedCursorIs400() {
    String state = newState();
    listed("NL", state, "Breda", "1");
    listed("NL", state, "Breda", "2");
    String cursor = directory(Map.of("state", state, "limit", 1)).path("next");
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    bytes[bytes.length / 2] ^= 0x01;
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    for (Map<String, Object> query :
        List.<Map<String, Object>>of(
            Map.of("state", state, "cursor", tampered),
            Map.of("state", state, "cursor", "not-a-cursor"),
            Map.of("state", state, "cursor", "%%%"),
            // A genuine cursor, but for another listing.
            Map.of("state", state + "x", "cursor", cursor),
            Map.of("cursor", cursor))) {
      directory(query)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", endsWith("invalid-cursor"));
    }
    directory(Map.of("state", state, "cursor", cursor)).then().statusCode(200);
  }

  @Test
  void limitOutsideOneToAHundredAndMalformedFiltersAre422() {
    for (int limit : new int[] {0, -1, 101}) {
      directory(Map.of("limit", limit))
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors.field", equalTo(List.of("limit")));
    }
    directory(Map.of("limit", 100)).then().statusCode(200);
    directory(Map.of("country", "NLD"))
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("country")));
    directory(Map.of("state", "s".repeat(101)))
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("state")));
  }

  @Test
  void regionsCountListedProfilesPerCountryAndPerState() {
    Response before = given().get("/directory/regions");
    long totalBefore = ((Number) before.path("total")).longValue();
    long luxembourgBefore = countryCount(before, "LU");

    String state = newState();
    listed("LU", state, "Esch", "1");
    listed("LU", state.toLowerCase(), "Esch", "2");
    listed("LU", state.toUpperCase(), null, null);
    listed("LU", null, null, null);
    Profiles.create(newSubject(), withLocation(newHandle(), "LU", state, "Esch", "3"));

    Response after = given().get("/directory/regions");
    assertEquals(200, after.statusCode());
    assertEquals(totalBefore + 4, ((Number) after.path("total")).longValue());
    assertEquals(luxembourgBefore + 4, countryCount(after, "LU"));
    List<Map<String, Object>> states =
        after.path(
            "countries.find { it.country == 'LU' }.states"
                + ".findAll { it.state.equalsIgnoreCase('%s') }",
            state);
    // Three spellings of one state are one region, named by its first spelling in byte order.
    assertEquals(List.of(Map.of("state", state.toUpperCase(), "count", 3)), states);
  }

  @Test
  void regionsAreInCountryThenStateOrder() {
    List<String> countries = given().get("/directory/regions").path("countries.country");
    assertEquals(countries.stream().sorted().toList(), countries);
    assertEquals(Set.copyOf(countries).size(), countries.size());
  }

  @Test
  void openApiDocumentsBothOperationsAsOpenToAnyone() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .body("paths.'/directory'.get.security", empty())
        .body("paths.'/directory'.get.description", startsWith("Role: anyone"))
        .body(
            "paths.'/directory'.get.parameters.name",
            hasItems("country", "state", "city", "limit", "cursor"))
        .body("paths.'/directory'.get.responses", hasKey("400"))
        .body("paths.'/directory'.get.responses", hasKey("422"))
        .body("paths.'/directory/regions'.get.description", startsWith("Role: anyone"))
        .body("components.schemas.Region.properties", not(hasKey("zip")));
  }

  private record Entry(String handle, String city, String zip) {}

  private static long countryCount(Response regions, String country) {
    Number count = regions.path("countries.find { it.country == '" + country + "' }.count");
    return count == null ? 0 : count.longValue();
  }

  /** A state nobody else uses, so a test sees only its own profiles. */
  private static String newState() {
    return "State" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String listed(String country, String state, String city, String zip) {
    String subject = newSubject();
    String handle = Profiles.create(subject, withLocation(newHandle(), country, state, city, zip));
    Consents.set(Tokens.user(subject), "directory_listing", true);
    return handle;
  }

  private static Map<String, Object> withLocation(
      String handle, String country, String state, String city, String zip) {
    Map<String, Object> location = new HashMap<>();
    location.put("country", country);
    location.put("state", state);
    location.put("city", city);
    location.put("zip", zip);
    Map<String, Object> body = minimal(handle);
    body.put("location", location);
    return body;
  }

  private static Response directory(Map<String, ?> query) {
    RequestSpecification request = given();
    query.forEach(request::queryParam);
    return request.get("/directory");
  }
}
