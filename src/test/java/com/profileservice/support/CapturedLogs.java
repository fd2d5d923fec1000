package com.profileservice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the service logs while a test runs, formatted as the console would show it. */
public final class CapturedLogs extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<String> lines = new ArrayList<>();

  private CapturedLogs(String category) {
    this.logger = Logger.getLogger(category);
    setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** Everything logged anywhere. */
  public static CapturedLogs all() {
    return new CapturedLogs("");
  }

  /** Only what one category logs, e.g. {@code org.hibernate.SQL}. */
  public static CapturedLogs of(String category) {
    return new CapturedLogs(category);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    String message = record.getMessage();
    if (record.getParameters() != null && message != null) {
      try {
        message = String.format(message, record.getParameters());
      } catch (RuntimeException notPrintfStyle) {
        message = message + " " + java.util.Arrays.toString(record.getParameters());
      }
    }
    StringBuilder line = new StringBuilder(String.valueOf(message));
    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
      line.append(" | ").append(t);
    }
    lines.add(line.toString());
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
