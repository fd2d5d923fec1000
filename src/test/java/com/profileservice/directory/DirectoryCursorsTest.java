package com.profileservice.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.profileservice.directory.DirectoryProblems.InvalidCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DirectoryCursorsTest {

  private static final String KEY = "qLkxF9o3aJAcQKSxu6QToa+0E3P5HFc1PSxGlO7UetY=";
  private static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  private final DirectoryCursors cursors = new DirectoryCursors(DirectoryCursors.key(KEY));
  private final DirectoryFilter noFilter = DirectoryFilter.of(null, null, null);
  private final DirectoryPosition position =
      new DirectoryPosition("NL", "utrecht", "amersfoort", "3811 AB", "alice");

  @Test
  void aCursorOpensToThePositionItSealed() {
    assertEquals(position, cursors.open(cursors.seal(position, noFilter), noFilter));
  }

  @Test
  void theZipCannotBeReadFromACursor() {
    String cursor = cursors.seal(position, noFilter);

    String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
    assertFalse(decoded.contains("3811"));
    assertFalse(cursor.contains("3811"));
    // Fresh randomness each time: equal positions do not give equal cursors either.
    assertNotEquals(cursor, cursors.seal(position, noFilter));
  }

  @Test
  void aCursorsLengthDoesNotDependOnTheZip() {
    int length = cursors.seal(withZip(""), noFilter).length();
    for (String zip : new String[] {"1", "12345", "12345-6789", "ÄÖÜßéèêëïî"}) {
      assertEquals(length, cursors.seal(withZip(zip), noFilter).length(), zip);
    }
  }

  @Test
  void anyChangeToACursorIsRefused() {
    String cursor = cursors.seal(position, noFilter);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 0x01;
      String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
      assertThrows(InvalidCursor.class, () -> cursors.open(tampered, noFilter), "byte " + i);
    }
    assertThrows(InvalidCursor.class, () -> cursors.open(cursor + "AAAA", noFilter));
    assertThrows(InvalidCursor.class, () -> cursors.open(cursor.substring(4), noFilter));
  }

  @Test
  void garbageIsRefused() {
    for (String garbage : new String[] {"", "x", "!!!", "bm90IGEgY3Vyc29y", "A".repeat(5000)}) {
      assertThrows(InvalidCursor.class, () -> cursors.open(garbage, noFilter), garbage);
    }
  }

  @Test
  void aCursorContinuesOnlyTheListingItCameFrom() {
    DirectoryFilter texas = DirectoryFilter.of("us", "Texas", null);
    String cursor = cursors.seal(position, texas);

    assertEquals(position, cursors.open(cursor, DirectoryFilter.of("US", "TEXAS", null)));
    assertThrows(InvalidCursor.class, () -> cursors.open(cursor, noFilter));
    assertThrows(
        InvalidCursor.class, () -> cursors.open(cursor, DirectoryFilter.of("US", "Ohio", null)));
  }

  @Test
  void aCursorSealedUnderAnotherKeyIsRefused() {
    String cursor = new DirectoryCursors(DirectoryCursors.key(OTHER_KEY)).seal(position, noFilter);

    assertThrows(InvalidCursor.class, () -> cursors.open(cursor, noFilter));
  }

  @Test
  void aKeyOfTheWrongSizeStopsTheService() {
    assertThrows(IllegalStateException.class, () -> DirectoryCursors.key("c2hvcnQ="));
    assertThrows(IllegalStateException.class, () -> DirectoryCursors.key("not base64!"));
  }

  private DirectoryPosition withZip(String zip) {
    return new DirectoryPosition(
        position.country(), position.stateKey(), position.cityKey(), zip, position.handleKey());
  }
}
