package com.profileservice.commentip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IPv4 and IPv6 literals. Only literals: the text never reaches a resolver, so a host name is
 * refused rather than looked up.
 */
final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

  /** The longest IPv6 literal with an embedded IPv4 address. */
  static final int MAX_LITERAL_LENGTH = 45;

  private IpAddresses() {}

  /** The address in canonical text form, or empty when the text is not an IP literal. */
  static Optional<String> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LITERAL_LENGTH) {
      return Optional.empty();
    }
    if (IPV4.matcher(text).matches()) {
      return Optional.of(text);
    }
    if (text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      // A string of hex digits, colons and dots is parsed as a literal, never resolved.
      return Optional.of(InetAddress.getByName(text).getHostAddress());
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
