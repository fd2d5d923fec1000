package com.profileservice.stats;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.profileservice.support.Profiles;
import com.profileservice.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With k above any number of profiles the shared database can hold during the suite, the total is
 * below k, and then nothing at all may be shown.
 */
@QuarkusTest
@TestProfile(DemographicsBelowKTest.HugeK.class)
class DemographicsBelowKTest {

  /** A k no test database reaches. */
  public static class HugeK implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("profile.stats.k", "1000000");
    }
  }

  @Test
  void aTotalBelowKHidesTheTotalAndEveryCell() {
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body = minimal(newHandle());
      body.put("birthday", "1990-01-01");
      body.put("gender", "FEMALE");
      body.put("location", Map.of("country", "NL"));
      Profiles.create(newSubject(), body);
    }

    given()
        .auth()
        .oauth2(Tokens.withRoles("analytics-service", "analyst"))
        .get("/internal/stats/demographics")
        .then()
        .statusCode(200)
        .body("k", equalTo(1000000))
        .body("total.count", nullValue())
        .body("total.suppressed", equalTo(true))
        .body("ageBands.suppressed", everyItem(equalTo(true)))
        .body("ageBands.count", everyItem(nullValue()))
        .body("genders.suppressed", everyItem(equalTo(true)))
        .body("genders.count", everyItem(nullValue()))
        .body("countries.suppressed", everyItem(equalTo(true)))
        .body("countries.count", everyItem(nullValue()));
  }
}
