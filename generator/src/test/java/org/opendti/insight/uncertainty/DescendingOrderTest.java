package org.opendti.insight.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CohortAnalysis#descending}'s radix sort (totals within 2^22 units of each other) against
 * the plain order it replaces: highest total first, equal totals by index, highest first.
 */
class DescendingOrderTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 50, 2_047, 2_048, 100_000, (1L << 22) - 1, 1L << 22, 1L << 40})
  void ordersAsASortOfTotalsThenIndices(long span) {
    SplittableRandom random = new SplittableRandom(span);
    for (int n : new int[] {0, 1, 2, 7, 1_000, 9_900}) {
      long[] totals = new long[n];
      long base = random.nextLong(-1_000_000, 1_000_000);
      for (int i = 0; i < n; i++) {
        totals[i] = base + random.nextLong(span);
      }
      assertThat(CohortAnalysis.descending(totals)).isEqualTo(expected(totals));
    }
  }

  private static int[] expected(long[] totals) {
    Integer[] boxed = new Integer[totals.length];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(
        boxed,
        (x, y) ->
            totals[x] != totals[y] ? Long.compare(totals[y], totals[x]) : Integer.compare(y, x));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }
}
