package com.profileservice.common.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding (RFC 3986) that refuses instead of guessing: a '%' not followed by two hex
 * digits, a raw character outside printable ASCII, or escapes that do not spell UTF-8 (which
 * includes a surrogate encoded as if it were a character) make the whole text malformed. The usual
 * decoders would pass the '%' through or substitute U+FFFD.
 */
final class PercentDecoding {

  private PercentDecoding() {}

  /** The decoded text, or empty when {@code raw} is malformed. */
  static Optional<String> decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
        int low = high < 0 ? -1 : hex(raw.charAt(i + 2));
        if (low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c <= ' ' || c > '~') {
        return Optional.empty();
      } else {
        bytes.write(plusIsSpace && c == '+' ? ' ' : c);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Only ASCII hex digits: {@link Character#digit} would also take other scripts' digits. */
  private static int hex(char c) {
    return c > '~' ? -1 : Character.digit(c, 16);
  }
}
