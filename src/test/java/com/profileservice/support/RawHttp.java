package com.profileservice.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte, for what an HTTP client library refuses to send: malformed
 * percent escapes, request targets without a leading slash, made-up methods.
 */
public final class RawHttp {

  /** The server closed the connection without answering. */
  public static final int NO_ANSWER = -1;

  private RawHttp() {}

  /** Sends {@code method target} without a body and returns the status code of the answer. */
  public static int status(String method, String target) {
    return status(method, target, "", new byte[0]);
  }

  /** Sends one request with the given extra header lines (each ending in CRLF) and body. */
  public static int status(String method, String target, String headers, byte[] body) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      String head =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + headers
              + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "")
              + "\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      String statusLine = firstLine(socket.getInputStream());
      return statusLine.isEmpty() ? NO_ANSWER : Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1).trim();
  }
}
