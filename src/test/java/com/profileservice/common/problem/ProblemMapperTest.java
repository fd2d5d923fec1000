package com.profileservice.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void unexpectedFailuresAreLoggedWithoutTheirMessages() {
    Exception failure =
        new IllegalStateException(
            "outer alice@example.org", new RuntimeException("value = [192.0.2.10]"));

    String logged = ProblemMapper.withoutMessages(failure);

    assertTrue(logged.contains("java.lang.IllegalStateException"));
    assertTrue(logged.contains("caused by: java.lang.RuntimeException"));
    assertTrue(logged.contains("ProblemMapperTest"), "stack frames stay for debugging");
    assertFalse(logged.contains("alice@example.org"));
    assertFalse(logged.contains("192.0.2.10"));
  }
}
