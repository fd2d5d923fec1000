package com.profileservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.profileservice.support.SuiteLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Run after the {@code @QuarkusTest} suite: a green suite logged no ERROR, so that an error in a
 * real log means something. Deliberate faults keep their expected errors out of it where they
 * arise, each saying why.
 */
class SuiteLogIT {

  private static final Pattern ERROR = Pattern.compile("^\\S+ (ERROR|FATAL) +\\[");

  /** Warnings that only ever meant a defect of ours, fixed once and kept out for good. */
  private static final List<String> FIXED_WARNINGS = List.of("Gauge has been already registered");

  @Test
  void theSuiteLoggedNoErrorAndNoFixedWarning() throws IOException {
    assumeTrue(Files.exists(SuiteLog.FILE), "the @QuarkusTest suite did not run before");
    List<String> offending =
        new String(Files.readAllBytes(SuiteLog.FILE), StandardCharsets.UTF_8)
            .lines()
            .filter(
                line ->
                    ERROR.matcher(line).find() || FIXED_WARNINGS.stream().anyMatch(line::contains))
            .toList();

    assertEquals(List.of(), offending, "lines of " + SuiteLog.FILE.toAbsolutePath());
  }
}
