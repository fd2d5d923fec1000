package com.profileservice.events;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The relay switched on, publishing to an exchange of the relay tests' own. */
public class RelayOn implements QuarkusTestProfile {

  static final String EXCHANGE = "profile-service-test-relay";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "profile.events.relay.enabled", "true",
        "profile.events.relay.confirm-timeout", "PT5S",
        "mp.messaging.outgoing.profile-events.exchange.name", EXCHANGE);
  }
}
