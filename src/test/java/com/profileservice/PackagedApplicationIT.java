package com.profileservice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.policy.PrivacyPolicy;
import com.profileservice.support.DevIdentityProvider;
import com.profileservice.support.database.FreshDatabase;
import com.profileservice.support.database.FreshDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged fast-jar, in the prod profile, given only what a deployment gives it (a database and
 * an identity provider), against a database nothing has touched before.
 */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabaseResource.class)
@WithTestResource(DevIdentityProvider.class)
class PackagedApplicationIT {

  private static final String PROBLEM = "application/problem+json";

  // Injected by FreshDatabaseResource: the database the application was started on.
  FreshDatabase database;

  @Test
  void migratesTheEmptyDatabaseAtStartWithEveryMigration() throws IOException {
    assertEquals(
        migrationVersionsInTheSource(),
        database.strings(
            "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"));
    assertEquals(
        List.of("0"),
        database.strings("SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
    assertEquals(
        List.of("t"), database.strings("SELECT to_regclass('public.profile') IS NOT NULL"));
  }

  @Test
  void reportsReadyWithTheDatabaseUp() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void servesThePolicyAsData() {
    given()
        .get("/policy")
        .then()
        .statusCode(200)
        .body("version", equalTo(PrivacyPolicy.VERSION))
        .body("fields", hasSize(PrivacyPolicy.fields().size()));
  }

  @Test
  void servesTheApiDescriptionAndSwaggerUiInProduction() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/profiles"));
    given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
  }

  @Test
  void trustsTokensOfTheConfiguredIdentityProviderOnly() {
    given().get("/me").then().statusCode(401).contentType(PROBLEM);
    given()
        .auth()
        .oauth2(DevIdentityProvider.user("sub-" + UUID.randomUUID()))
        .get("/me")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", endsWith("no-profile-yet"));
  }

  private static List<String> migrationVersionsInTheSource() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> name.substring(1, name.indexOf("__")))
          .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
          .toList();
    }
  }
}
