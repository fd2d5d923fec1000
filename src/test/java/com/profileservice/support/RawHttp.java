package com.profileservice.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that HTTP clients refuse to send: malformed percent
 * escapes, raw control characters, over-long request lines. Every request closes its connection, so
 * the response is whatever arrives before the server hangs up.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 30_000;

  /** The server closed the connection without answering. */
  public static final int NO_ANSWER = -1;

  private RawHttp() {}

  /** A response as it came off the wire; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String mediaType() {
      String type = header("content-type");
      return type == null ? null : type.split(";")[0].trim();
    }
  }

  /** {@code GET target} with a Host header and nothing else but {@code extraHeaders}. */
  public static Answer get(String target, String... extraHeaders) {
    return send("GET", target, null, extraHeaders);
  }

  /** Sends {@code method target} without a body and returns the status code of the answer. */
  public static int status(String method, String target) {
    return status(method, target, "", new byte[0]);
  }

  /**
   * Sends one request with the given extra header lines (each ending in CRLF) and body, and returns
   * the status code, or {@link #NO_ANSWER}.
   */
  public static int status(String method, String target, String headers, byte[] body) {
    String[] lines = headers.isEmpty() ? new String[0] : headers.split("\r\n");
    // Only the status line is read: a server refusing a declared body it will not read may keep
    // the connection open until its idle timeout.
    byte[] raw = exchange(method, target, body.length > 0 ? body : null, true, lines);
    String statusLine = new String(raw, StandardCharsets.ISO_8859_1).trim();
    return statusLine.isEmpty() ? NO_ANSWER : Integer.parseInt(statusLine.split(" ")[1]);
  }

  /** A request whose request line and header lines are sent exactly as given (ISO-8859-1). */
  public static Answer send(String method, String target, byte[] body, String... extraHeaders) {
    return parse(exchange(method, target, body, false, extraHeaders));
  }

  private static byte[] exchange(
      String method, String target, byte[] body, boolean statusLineOnly, String... extraHeaders) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: localhost\r\n");
    for (String header : extraHeaders) {
      head.append(header).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return statusLineOnly ? firstLine(socket.getInputStream()) : readAll(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toByteArray();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) != -1; ) {
        all.write(chunk, 0, n);
      }
    } catch (SocketException reset) {
      // The server may reset the connection after answering; what arrived is the answer.
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete HTTP response: '" + text + "'");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    return new Answer(status, headers, text.substring(end + 4));
  }
}
