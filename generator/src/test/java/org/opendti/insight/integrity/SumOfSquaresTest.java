package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SumOfSquaresTest {

  private static final double[] UNIFORM = filled(0.1);
  private static final double[] ROUNDED = {
    0.3, 0.05, 0.05, 0.05, 0.05, 0.3, 0.05, 0.05, 0.05, 0.05
  };

  private static double[] filled(double p) {
    double[] a = new double[10];
    Arrays.fill(a, p);
    return a;
  }

  /**
   * The distribution of S by brute force: every way of placing n values in ten cells, weighted by
   * its multinomial probability n! / Π cᵢ! Π pᵢ^cᵢ.
   */
  private static double[] bruteForceMass(int n, double[] p) {
    double[] mass = new double[n * n + 1];
    double[] logFactorial = new double[n + 1];
    for (int i = 2; i <= n; i++) {
      logFactorial[i] = logFactorial[i - 1] + Math.log(i);
    }
    place(n, p, 0, n, 0, logFactorial[n], logFactorial, mass);
    return mass;
  }

  private static void place(
      int n, double[] p, int cell, int left, int s, double logWeight, double[] lf, double[] mass) {
    if (cell == 9) {
      mass[s + left * left] += Math.exp(logWeight - lf[left] + left * Math.log(p[9]));
      return;
    }
    for (int c = 0; c <= left; c++) {
      double w = logWeight - lf[c] + (c == 0 ? 0 : c * Math.log(p[cell]));
      place(n, p, cell + 1, left - c, s + c * c, w, lf, mass);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 9, 13})
  void matchesBruteForceEnumeration(int n) {
    for (double[] p : new double[][] {UNIFORM, ROUNDED}) {
      double[] mass = bruteForceMass(n, p);
      double[] tails = SumOfSquares.upperTails(n, p);
      double tail = 0;
      for (int s = n * n; s >= 0; s--) {
        tail += mass[s];
        assertThat(tails[s]).as("n=%d s=%d", n, s).isCloseTo(tail, within(1e-13));
      }
    }
  }

  @Test
  void totalProbabilityIsOneAndTheTopIsAllInOneCell() {
    double[] tails = SumOfSquares.upperTails(30, UNIFORM);
    assertThat(tails[0]).isCloseTo(1, within(1e-12));
    // S = n² only if all 30 values share a last digit: 10 × 10^-30.
    assertThat(tails[30 * 30]).isCloseTo(1e-29, within(1e-38));
    assertThat(tails[30 * 30 + 1]).isZero();
    // Terms below 1e-45 are dropped: at n = 60 the all-alike tail (1e-59) is off, but by < 1e-40.
    assertThat(SumOfSquares.upperTails(60, UNIFORM)[60 * 60]).isLessThan(1e-40);
  }

  @Test
  void meanOfPearsonStatisticIsNine() {
    // E[X²] = k − 1 for k equally likely cells, at every n.
    int n = 37;
    double[] tails = SumOfSquares.upperTails(n, UNIFORM);
    double mean = 0;
    for (int s = 0; s <= n * n; s++) {
      mean += (tails[s] - tails[s + 1]) * LastDigitUniformity.chiSquare(s, n);
    }
    assertThat(mean).isCloseTo(9, within(1e-9));
  }
}
