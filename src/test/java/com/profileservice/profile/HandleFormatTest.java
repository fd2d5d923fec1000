package com.profileservice.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.profileservice.support.Database;
import com.profileservice.support.Profiles;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handle's format is stated twice, in {@link HandleFormat} and in the V1 migration's CHECK
 * constraint, which cannot be edited once applied; these tests hold the two together.
 */
@QuarkusTest
class HandleFormatTest {

  /** check_violation, and string_data_right_truncation for a handle longer than VARCHAR(15). */
  private static final Set<String> REFUSED_BY_FORMAT = Set.of("23514", "22001");

  @Inject Database database;

  @Test
  void databaseConstraintStatesTheSamePatternAsTheCode() {
    List<String> handleChecks =
        database
            .rows(
                "select pg_get_constraintdef(oid) from pg_constraint"
                    + " where conrelid = 'profile'::regclass and contype = 'c'")
            .stream()
            .map(row -> row.getString(0))
            .filter(definition -> definition.contains("handle"))
            .toList();

    assertEquals(
        List.of("CHECK (((handle)::text ~ '^" + HandleFormat.REGEX + "$'::text))"), handleChecks);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "x",
        "_",
        "Z",
        "a-b",
        "a b",
        "a.b",
        "é",
        "ab\n",
        "fifteen_chars_0",
        "sixteen_chars_01"
      })
  void databaseStoresExactlyTheHandlesTheCodeAccepts(String boundary) {
    // Unique per run, so a handle another test holds never makes this one fail as a duplicate.
    String handle = boundary.isEmpty() ? "" : unique(boundary);
    String subject = Profiles.newSubject();

    boolean stored = insert(subject, handle);
    database.execute("delete from profile where subject = $1", subject);

    assertEquals(HandleFormat.matches(handle), stored, () -> "handle \"" + handle + "\"");
  }

  /** The boundary's shape (length, characters) with its letters swapped for fresh random ones. */
  private static String unique(String boundary) {
    String random = Profiles.newHandle() + Profiles.newHandle();
    StringBuilder handle = new StringBuilder();
    for (int i = 0; i < boundary.length(); i++) {
      char c = boundary.charAt(i);
      handle.append(Character.isLetterOrDigit(c) && c < 128 ? random.charAt(i) : c);
    }
    return handle.toString();
  }

  private boolean insert(String subject, String handle) {
    try {
      database.execute(
          "insert into profile (subject, handle, name, email, visibility, version, created_at,"
              + " updated_at, unverified_since)"
              + " values ($1, $2, 'Test Person', 'test@example.org', '{}'::jsonb, 0, now(), now(),"
              + " now())",
          subject,
          handle);
      return true;
    } catch (PgException e) {
      if (REFUSED_BY_FORMAT.contains(e.getSqlState())) {
        return false;
      }
      throw e;
    }
  }
}
