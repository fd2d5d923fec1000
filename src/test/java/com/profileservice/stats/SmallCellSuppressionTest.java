package com.profileservice.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  private final SmallCellSuppression k10 = new SmallCellSuppression(10);

  @Test
  void cellsOfAtLeastKAreShown() {
    assertArrayEquals(
        new boolean[] {false, false, false}, k10.suppressed(new long[] {10, 25, 65}, 100));
    assertFalse(k10.totalSuppressed(100));
  }

  @Test
  void aSingleSmallCellCannotBeRecoveredFromTheTotal() {
    // Shown alone, 3 = 100 - 50 - 47: the smallest other cell must go too.
    boolean[] hidden = k10.suppressed(new long[] {3, 50, 47}, 100);

    assertArrayEquals(new boolean[] {true, false, true}, hidden);
    // What remains: 100 - 50 = 50 is shared by two hidden cells; 3 + 47, 0 + 50, 9 + 41...
  }

  @Test
  void theComplementIsTheSmallestShownCellAndTheEarliestOfEqualOnes() {
    assertArrayEquals(
        new boolean[] {false, true, true, false}, k10.suppressed(new long[] {30, 12, 4, 30}, 76));
    assertArrayEquals(
        new boolean[] {true, false, true, false}, k10.suppressed(new long[] {20, 40, 5, 20}, 85));
  }

  @Test
  void twoSmallCellsHideEachOtherWithoutAComplement() {
    assertArrayEquals(
        new boolean[] {true, true, false, false}, k10.suppressed(new long[] {3, 4, 50, 43}, 100));
  }

  @Test
  void hiddenCellsThatAddUpToZeroTakeACellWithThem() {
    // Two hidden zeros next to a shown total would both be known to be zero.
    assertArrayEquals(
        new boolean[] {true, true, false, true}, k10.suppressed(new long[] {0, 0, 60, 40}, 100));
  }

  @Test
  void aTotalBelowKHidesEverything() {
    assertTrue(k10.totalSuppressed(9));
    assertArrayEquals(new boolean[] {true, true, true}, k10.suppressed(new long[] {9, 0, 0}, 9));
    assertArrayEquals(new boolean[] {true, true}, k10.suppressed(new long[] {0, 0}, 0));
  }

  @Test
  void aTotalOfExactlyKIsShown() {
    assertFalse(k10.totalSuppressed(10));
    // 10 and two zeros: the zeros are hidden, and with them the 10 they would reveal.
    assertArrayEquals(new boolean[] {true, true, true}, k10.suppressed(new long[] {10, 0, 0}, 10));
  }

  @Test
  void cellsMustAddUpToTheTotal() {
    assertThrows(IllegalArgumentException.class, () -> k10.suppressed(new long[] {10, 20}, 31));
    assertThrows(IllegalArgumentException.class, () -> k10.suppressed(new long[] {-1, 21}, 20));
    assertThrows(IllegalArgumentException.class, () -> new SmallCellSuppression(0));
  }

  /**
   * Every table of four cells with a total up to 40, for k from 1 to 6: whatever is shown, no
   * hidden cell has only one value consistent with the shown cells, the total and counts being
   * non-negative. Shown by moving one person between two hidden cells: the shown numbers stay the
   * same, so the attacker cannot tell the two tables apart.
   */
  @Test
  void noHiddenCellIsDeterminedByWhatIsShown() {
    for (int k = 1; k <= 6; k++) {
      SmallCellSuppression rule = new SmallCellSuppression(k);
      int threshold = k;
      forEachTable(
          4,
          40,
          cells -> {
            long total = Arrays.stream(cells).sum();
            boolean[] hidden = rule.suppressed(cells, total);
            String table = Arrays.toString(cells) + " k=" + threshold;
            for (int i = 0; i < cells.length; i++) {
              if (!hidden[i]) {
                assertTrue(cells[i] >= threshold, () -> "a small cell is shown in " + table);
              } else if (!rule.totalSuppressed(total)) {
                assertTrue(
                    hasAlternative(cells, hidden, i),
                    () -> "a hidden cell is determined: " + table);
              }
            }
          });
    }
  }

  /** Whether another table with the same shown cells and total gives cell i another value. */
  private static boolean hasAlternative(long[] cells, boolean[] hidden, int i) {
    for (int j = 0; j < cells.length; j++) {
      if (j != i && hidden[j] && (cells[i] > 0 || cells[j] > 0)) {
        return true;
      }
    }
    return false;
  }

  private static void forEachTable(int size, int maxTotal, Consumer<long[]> action) {
    List<long[]> tables = new ArrayList<>();
    fill(new long[size], 0, maxTotal, tables);
    tables.forEach(action);
  }

  private static void fill(long[] cells, int index, long left, List<long[]> tables) {
    if (index == cells.length) {
      tables.add(cells.clone());
      return;
    }
    for (long value = 0; value <= left; value++) {
      cells[index] = value;
      fill(cells, index + 1, left - value, tables);
    }
  }
}
