package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultinomialTest {

  /**
   * 200,000 seeded draws of Bin(n, p) against the exact probabilities: Pearson's test, with the
   * tails pooled so that every cell expects at least 5 draws, does not reject at 0.1 %.
   */
  @ParameterizedTest
  @CsvSource({"30, 0.3", "1000, 0.1", "7, 0.5", "100000, 0.1111111111111111"})
  void binomialDrawsFollowTheBinomialDistribution(int n, double p) {
    int draws = 200_000;
    SplittableRandom random = new SplittableRandom(n);
    int[] seen = new int[n + 1];
    for (int i = 0; i < draws; i++) {
      seen[Multinomial.binomial(random, n, p)]++;
    }
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    int lo = (int) Math.max(0, Math.floor(mean - 4 * sd));
    int hi = (int) Math.min(n, Math.ceil(mean + 4 * sd));
    double chiSquare = 0;
    int cells = 0;
    double pooledExpected = draws * Binomial.upperTail(n, p, hi) + draws * lowerTail(n, p, lo);
    int pooledSeen = 0;
    for (int j = 0; j <= n; j++) {
      if (j <= lo || j >= hi) {
        pooledSeen += seen[j];
        continue;
      }
      double expected = draws * Binomial.pmf(n, p, j);
      chiSquare += (seen[j] - expected) * (seen[j] - expected) / expected;
      cells++;
    }
    chiSquare += (pooledSeen - pooledExpected) * (pooledSeen - pooledExpected) / pooledExpected;
    assertThat(Gamma.chiSquareUpperTail(chiSquare, cells)).isGreaterThan(0.001);
  }

  private static double lowerTail(int n, double p, int k) {
    double sum = 0;
    for (int j = 0; j <= k; j++) {
      sum += Binomial.pmf(n, p, j);
    }
    return sum;
  }

  @Test
  void digitCountsAddUpAndPearsonsStatisticAveragesNine() {
    SplittableRandom random = new SplittableRandom(3);
    int[] counts = new int[10];
    double sum = 0;
    int sets = 20_000;
    for (int i = 0; i < sets; i++) {
      Multinomial.uniformDigits(random, 1_000, counts);
      assertThat(Arrays.stream(counts).sum()).isEqualTo(1_000);
      long s = Arrays.stream(counts).mapToLong(c -> (long) c * c).sum();
      sum += LastDigitUniformity.chiSquare(s, 1_000);
    }
    // E[X²] = 9, Var[X²] ≈ 18: the mean of 20,000 is 9 ± 0.03 (one standard error).
    assertThat(sum / sets).isCloseTo(9, within(0.12));
  }

  @Test
  void degenerateBinomials() {
    SplittableRandom random = new SplittableRandom(4);
    assertThat(Multinomial.binomial(random, 0, 0.3)).isZero();
    assertThat(Multinomial.binomial(random, 12, 0)).isZero();
    assertThat(Multinomial.binomial(random, 12, 1)).isEqualTo(12);
  }
}
