package com.profileservice.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/2 request over cleartext with prior knowledge, framed by hand. HTTP/1.1 decoders refuse
 * control characters in header values before the service sees them, but HTTP/2 carries header
 * values as opaque bytes, so this is how a NUL in a header reaches the service. Headers are sent as
 * plain HPACK literals; the answer is decoded as far as these tests need (no Huffman strings, the
 * static table's status codes and content-type).
 */
public final class RawHttp2 {

  private static final byte[] PREFACE =
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final int DATA = 0;
  private static final int HEADERS = 1;
  private static final int RST_STREAM = 3;
  private static final int SETTINGS = 4;
  private static final int GOAWAY = 7;
  private static final int END_STREAM = 0x1;
  private static final int END_HEADERS = 0x4;
  private static final int PADDED = 0x8;
  private static final int PRIORITY = 0x20;
  private static final Map<Integer, String> STATIC_STATUS =
      Map.of(8, "200", 9, "204", 10, "206", 11, "304", 12, "400", 13, "404", 14, "500");

  private RawHttp2() {}

  /** The answer: status, headers with lower-case names, and the body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String mediaType() {
      String type = headers.get("content-type");
      return type == null ? null : type.split(";")[0].trim();
    }
  }

  /** Sends {@code method path} with {@code headers} (name, value, name, value...) and no body. */
  public static Answer send(String method, String path, String... headers) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    literal(block, 2, null, method);
    block.write(0x86); // :scheme http
    literal(block, 4, null, path);
    literal(block, 1, null, "localhost");
    for (int i = 0; i < headers.length; i += 2) {
      literal(block, 0, headers[i], headers[i + 1]);
    }
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(PREFACE);
      writeFrame(out, SETTINGS, 0, 0, new byte[0]);
      writeFrame(out, HEADERS, END_STREAM | END_HEADERS, 1, block.toByteArray());
      out.flush();
      return read(new DataInputStream(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(DataInputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      while (true) {
        int length = (in.readUnsignedShort() << 8) | in.readUnsignedByte();
        int type = in.readUnsignedByte();
        int flags = in.readUnsignedByte();
        int stream = in.readInt() & 0x7fffffff;
        byte[] payload = in.readNBytes(length);
        if (type == GOAWAY || (type == RST_STREAM && stream == 1)) {
          throw new AssertionError("the server reset the request (frame type " + type + ")");
        }
        if (stream != 1) {
          continue;
        }
        if (type == HEADERS) {
          decodeHeaders(unpadded(payload, flags), headers);
        } else if (type == DATA) {
          body.write(unpadded(payload, flags & ~PRIORITY));
        }
        if ((flags & END_STREAM) != 0) {
          break;
        }
      }
    } catch (EOFException | SocketTimeoutException e) {
      if (!headers.containsKey(":status")) {
        throw new AssertionError("no HTTP/2 answer arrived", e);
      }
    }
    return new Answer(
        Integer.parseInt(headers.get(":status")), headers, body.toString(StandardCharsets.UTF_8));
  }

  private static byte[] unpadded(byte[] payload, int flags) {
    int start = 0;
    int end = payload.length;
    if ((flags & PADDED) != 0) {
      end -= payload[0] & 0xff;
      start = 1;
    }
    if ((flags & PRIORITY) != 0) {
      start += 5;
    }
    return Arrays.copyOfRange(payload, start, end);
  }

  private static void decodeHeaders(byte[] block, Map<String, String> headers) {
    int[] at = {0};
    while (at[0] < block.length) {
      int first = block[at[0]] & 0xff;
      if ((first & 0x80) != 0) {
        int index = integer(block, at, 7);
        String status = STATIC_STATUS.get(index);
        if (status != null) {
          headers.put(":status", status);
        }
      } else if ((first & 0xe0) == 0x20) {
        integer(block, at, 5); // dynamic table size update
      } else {
        int prefix = (first & 0x40) != 0 ? 6 : 4;
        int index = integer(block, at, prefix);
        String name = index == 0 ? string(block, at) : staticName(index);
        headers.put(name, string(block, at));
      }
    }
  }

  private static String staticName(int index) {
    return switch (index) {
      case 8 -> ":status";
      case 24 -> "cache-control";
      case 28 -> "content-length";
      case 31 -> "content-type";
      case 34 -> "etag";
      default -> "static-" + index;
    };
  }

  private static int integer(byte[] block, int[] at, int prefixBits) {
    int max = (1 << prefixBits) - 1;
    int value = block[at[0]++] & max;
    if (value < max) {
      return value;
    }
    int shift = 0;
    int next;
    do {
      next = block[at[0]++] & 0xff;
      value += (next & 0x7f) << shift;
      shift += 7;
    } while ((next & 0x80) != 0);
    return value;
  }

  private static String string(byte[] block, int[] at) {
    boolean huffman = (block[at[0]] & 0x80) != 0;
    int length = integer(block, at, 7);
    if (huffman) {
      throw new AssertionError("Huffman-coded header strings are not decoded by this client");
    }
    String text = new String(block, at[0], length, StandardCharsets.ISO_8859_1);
    at[0] += length;
    return text;
  }

  /** A literal header field without indexing, by static name index or by name. */
  private static void literal(
      ByteArrayOutputStream block, int nameIndex, String name, String value) {
    writeInteger(block, 0x00, 4, nameIndex);
    if (nameIndex == 0) {
      writeString(block, name);
    }
    writeString(block, value);
  }

  private static void writeString(ByteArrayOutputStream block, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    writeInteger(block, 0x00, 7, bytes.length);
    block.writeBytes(bytes);
  }

  private static void writeInteger(ByteArrayOutputStream block, int flags, int prefixBits, int n) {
    int max = (1 << prefixBits) - 1;
    if (n < max) {
      block.write(flags | n);
      return;
    }
    block.write(flags | max);
    n -= max;
    while (n >= 0x80) {
      block.write((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    block.write(n);
  }

  private static void writeFrame(OutputStream out, int type, int flags, int stream, byte[] payload)
      throws IOException {
    out.write(new byte[] {(byte) (payload.length >>> 16), (byte) (payload.length >>> 8)});
    out.write(payload.length);
    out.write(type);
    out.write(flags);
    out.write(new byte[] {(byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8)});
    out.write(stream);
    out.write(payload);
  }
}
