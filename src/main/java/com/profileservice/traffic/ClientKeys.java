package com.profileservice.traffic;

import io.netty.util.NetUtil;
import io.vertx.core.net.SocketAddress;
import java.util.Arrays;

/**
 * The key a client's buckets are kept under: its IPv4 address, or the /64 network of its IPv6
 * address. The key is only ever a map key in memory; it is never logged or stored.
 */
final class ClientKeys {

  /** For the rare connection without a peer address; all such requests share one bucket. */
  static final String UNKNOWN = "unknown";

  private static final int IPV6_PREFIX_BYTES = 8;

  private ClientKeys() {}

  static String of(SocketAddress address) {
    if (address == null) {
      return UNKNOWN;
    }
    return of(address.hostAddress() != null ? address.hostAddress() : address.host());
  }

  static String of(String host) {
    if (host == null || host.isBlank()) {
      return UNKNOWN;
    }
    String literal =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    // Parses literals only: a name is never resolved, so no DNS look-up can block the event loop.
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
    if (bytes == null) {
      // Not an address (a trusted proxy forwarded something else): it is kept as given.
      return host;
    }
    if (bytes.length == 4) {
      return NetUtil.bytesToIpAddress(bytes);
    }
    if (isIpv4Mapped(bytes)) {
      return NetUtil.bytesToIpAddress(Arrays.copyOfRange(bytes, 12, 16));
    }
    // An IPv6 subscriber is usually given a whole /64 and could rotate through it to get a fresh
    // bucket for every request, so the /64 is the client.
    byte[] network = Arrays.copyOf(bytes, 16);
    Arrays.fill(network, IPV6_PREFIX_BYTES, 16, (byte) 0);
    return NetUtil.bytesToIpAddress(network) + "/64";
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
