package com.profileservice.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

  @Test
  void anIpv4ClientIsItsAddress() {
    assertEquals("203.0.113.7", ClientKeys.of("203.0.113.7"));
    assertEquals(
        "203.0.113.7", ClientKeys.of(SocketAddress.inetSocketAddress(4711, "203.0.113.7")));
  }

  @Test
  void anIpv6ClientIsItsSlash64Network() {
    String key = ClientKeys.of("2001:db8:1:2::1");
    assertEquals(key, ClientKeys.of("2001:db8:1:2:ffff:eeee:dddd:9"));
    assertEquals(key, ClientKeys.of("[2001:DB8:1:2::77]"));
    assertNotEquals(key, ClientKeys.of("2001:db8:1:3::1"));
  }

  @Test
  void anIpv4MappedIpv6AddressIsTheIpv4Client() {
    assertEquals("198.51.100.4", ClientKeys.of("::ffff:198.51.100.4"));
  }

  @Test
  void somethingThatIsNoAddressIsKeptAsGivenWithoutALookUp() {
    assertEquals("unknown", ClientKeys.of("unknown"));
    assertEquals("proxy.invalid", ClientKeys.of("proxy.invalid"));
  }

  @Test
  void aMissingAddressSharesOneBucket() {
    assertEquals(ClientKeys.UNKNOWN, ClientKeys.of((SocketAddress) null));
    assertEquals(ClientKeys.UNKNOWN, ClientKeys.of((String) null));
    assertEquals(ClientKeys.UNKNOWN, ClientKeys.of(" "));
  }
}
