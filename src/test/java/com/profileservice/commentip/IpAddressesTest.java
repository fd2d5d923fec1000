package com.profileservice.commentip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @Test
  void readsIpv4AndIpv6Literals() {
    assertEquals(Optional.of("192.0.2.10"), IpAddresses.parse("192.0.2.10"));
    assertEquals(Optional.of("2001:db8:0:0:0:0:0:1"), IpAddresses.parse("2001:db8::1"));
    assertEquals(Optional.of("0:0:0:0:0:0:0:1"), IpAddresses.parse("::1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "256.1.1.1",
        "1.2.3",
        "01.2.3.4x",
        "localhost",
        "example.org",
        "2001:db8::g",
        "1.2.3.4/24",
        ":::"
      })
  void refusesAnythingElseWithoutResolvingIt(String text) {
    assertTrue(IpAddresses.parse(text).isEmpty(), text);
  }
}
