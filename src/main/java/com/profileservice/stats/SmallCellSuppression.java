package com.profileservice.stats;

import java.util.Arrays;

/**
 * Decides which counts of a one-dimensional table may be published. The cells of a dimension sum to
 * its total, and the total is published, so hiding small cells alone is not enough: a single hidden
 * cell is the total minus the others. Pure, so that it can be tested on its own.
 *
 * <ol>
 *   <li>A total below k hides the whole table, total included.
 *   <li>Every cell below k is hidden (primary suppression).
 *   <li>While exactly one cell is hidden, or the hidden cells add up to zero (they would then all
 *       be zero), the smallest cell still shown is hidden too, the earliest of equal ones
 *       (complementary suppression).
 * </ol>
 *
 * <p>Afterwards nobody can compute a hidden cell from what is shown: the hidden cells add up to the
 * total minus the shown ones, at least two share that sum, and it is positive, so each has at least
 * two possible values. This holds because every cell of a dimension is listed whatever its count,
 * so a listed cell may be zero. It does not claim more: someone who also reasons from k and from
 * how cells are picked can narrow hidden cells further, in rare cases to one value (two hidden
 * cells adding up to 2(k-1), where no shown cell could have been picked, are both k-1).
 */
public final class SmallCellSuppression {

  private final int k;

  public SmallCellSuppression(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    this.k = k;
  }

  public boolean totalSuppressed(long total) {
    return total < k;
  }

  /**
   * Which cells to hide; {@code cells} are in the dimension's fixed order, which breaks ties, and
   * must add up to {@code total}.
   */
  public boolean[] suppressed(long[] cells, long total) {
    if (Arrays.stream(cells).anyMatch(c -> c < 0) || Arrays.stream(cells).sum() != total) {
      throw new IllegalArgumentException("cells must be counts that add up to the total");
    }
    boolean[] hidden = new boolean[cells.length];
    if (totalSuppressed(total)) {
      Arrays.fill(hidden, true);
      return hidden;
    }
    for (int i = 0; i < cells.length; i++) {
      hidden[i] = cells[i] < k;
    }
    while (needsComplement(cells, hidden)) {
      int smallest = -1;
      for (int i = 0; i < cells.length; i++) {
        if (!hidden[i] && (smallest < 0 || cells[i] < cells[smallest])) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break;
      }
      hidden[smallest] = true;
    }
    return hidden;
  }

  private static boolean needsComplement(long[] cells, boolean[] hidden) {
    int count = 0;
    long sum = 0;
    for (int i = 0; i < cells.length; i++) {
      if (hidden[i]) {
        count++;
        sum += cells[i];
      }
    }
    return count == 1 || (count > 1 && sum == 0);
  }
}
