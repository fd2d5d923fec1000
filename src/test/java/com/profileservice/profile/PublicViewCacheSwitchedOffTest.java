package com.profileservice.profile;

import static com.profileservice.support.Profiles.minimal;
import static com.profileservice.support.Profiles.newHandle;
import static com.profileservice.support.Profiles.newSubject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.profileservice.support.Profiles;
import com.profileservice.support.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the setting off, every public view is read from the database and nothing listens. */
@QuarkusTest
@TestProfile(PublicViewCacheSwitchedOffTest.CacheOff.class)
class PublicViewCacheSwitchedOffTest {

  public static final class CacheOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("profile.public-view-cache.enabled", "false");
    }
  }

  @Inject PublicViewCache cache;
  @Inject SqlStatements statements;

  @Test
  void everyReadAndEveryConditionalReadIsOneStatement() {
    String handle = Profiles.create(newSubject(), minimal(handle()));
    String tag = given().get("/profiles/" + handle).header("ETag");

    assertFalse(cache.inUse());
    assertEquals(
        1, statements.during(() -> given().get("/profiles/" + handle).then().statusCode(200)));
    assertEquals(
        1,
        statements.during(
            () ->
                given()
                    .header("If-None-Match", tag)
                    .get("/profiles/" + handle)
                    .then()
                    .statusCode(304)));
  }

  private static String handle() {
    return newHandle();
  }
}
