package com.profileservice.traffic;

import static com.profileservice.traffic.TrafficProfiles.READ_BURST;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TrafficProfiles.BehindUntrustedPeer.class)
class UntrustedForwardingTest {

  @Test
  void forwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() {
    // Every request names another client, yet all come from the same connection address.
    for (int i = 0; i < READ_BURST; i++) {
      given().header("X-Forwarded-For", "198.51.100." + i).get("/policy").then().statusCode(200);
    }

    given().header("X-Forwarded-For", "198.51.100.200").get("/policy").then().statusCode(429);
    given().get("/policy").then().statusCode(429);
  }
}
