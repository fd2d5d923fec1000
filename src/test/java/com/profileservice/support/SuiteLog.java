package com.profileservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The file where the test profile writes every warning and error of the suite (application
 * properties, {@code %test.quarkus.log.file.*}), read by {@code SuiteLogIT} once the suite is done.
 * Surefire asks for it to be emptied as the suite starts ({@value #RESET}), so it holds this run
 * only; the integration-test run, which reads it, does not.
 */
public final class SuiteLog implements LauncherSessionListener {

  /** Relative to the project, where surefire and failsafe both run. */
  public static final Path FILE = Path.of("target", "suite.log");

  static final String RESET = "test.suite-log.reset";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean(RESET)) {
      return;
    }
    try {
      Files.deleteIfExists(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
