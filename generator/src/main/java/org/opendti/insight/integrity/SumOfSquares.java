package org.opendti.insight.integrity;

/**
 * The exact distribution of S = c₀² + … + c₉², where (c₀, …, c₉) are the counts of n values in ten
 * cells with given probabilities (a multinomial). Pearson's statistic against the uniform
 * distribution is X² = 10 S / n − n, so P(X² ≥ x) is a tail of S: this gives the exact p-value of
 * the last-digit test, the exact size of the test (its false-positive rate) and, with non-uniform
 * cell probabilities, its exact power.
 *
 * <p>Dynamic programming over the cells: given that m values fell in the first k cells, the count
 * of cell k is Bin(n − m, p_k / (p_k + … + p₉)); the state is (m, partial S). The work grows like
 * n⁴, which is why {@link LastDigitUniformity} uses it only up to {@link
 * LastDigitUniformity#EXACT_LIMIT} values. Binomial terms below 1e-45 are dropped: this changes no
 * probability above about 1e-40.
 */
final class SumOfSquares {

  static final int CELLS = 10;
  private static final double NEGLIGIBLE = 1e-45;

  private SumOfSquares() {}

  /**
   * tails[s] = P(S ≥ s) for s = 0 … n² + 1 (the last entry is 0).
   *
   * @param cellProbabilities ten non-negative numbers summing to 1
   */
  static double[] upperTails(int n, double[] cellProbabilities) {
    if (n < 0 || cellProbabilities.length != CELLS) {
      throw new IllegalArgumentException("need n >= 0 and ten cell probabilities");
    }
    double[][] layer = new double[n + 1][];
    layer[0] = new double[] {1};
    for (int cell = 0; cell < CELLS - 1; cell++) {
      double rest = 0;
      for (int j = cell; j < CELLS; j++) {
        rest += cellProbabilities[j];
      }
      double q = rest > 0 ? Math.min(1, cellProbabilities[cell] / rest) : 0;
      layer = addCell(layer, n, q);
    }
    double[] mass = new double[n * n + 1];
    for (int m = 0; m <= n; m++) {
      double[] row = layer[m];
      if (row == null) {
        continue;
      }
      int last = (n - m) * (n - m);
      for (int s = 0; s < row.length; s++) {
        mass[s + last] += row[s];
      }
    }
    double[] tails = new double[n * n + 2];
    for (int s = n * n; s >= 0; s--) {
      tails[s] = tails[s + 1] + mass[s];
    }
    return tails;
  }

  private static double[][] addCell(double[][] layer, int n, double q) {
    double[][] next = new double[n + 1][];
    for (int m = 0; m <= n; m++) {
      double[] row = layer[m];
      if (row == null) {
        continue;
      }
      int left = n - m;
      double[] pmf = conditionalCounts(left, q);
      int lo = 0;
      while (lo < left && pmf[lo] < NEGLIGIBLE) {
        lo++;
      }
      int hi = left;
      while (hi > lo && pmf[hi] < NEGLIGIBLE) {
        hi--;
      }
      for (int s = 0; s < row.length; s++) {
        double v = row[s];
        if (v == 0) {
          continue;
        }
        for (int c = lo; c <= hi; c++) {
          int mc = m + c;
          double[] target = next[mc];
          if (target == null) {
            target = new double[mc * mc + 1];
            next[mc] = target;
          }
          target[s + c * c] += v * pmf[c];
        }
      }
    }
    return next;
  }

  /** Bin(left, q) probabilities, with the degenerate q = 0 and q = 1 handled. */
  private static double[] conditionalCounts(int left, double q) {
    double[] pmf = new double[left + 1];
    if (q <= 0) {
      pmf[0] = 1;
    } else if (q >= 1) {
      pmf[left] = 1;
    } else {
      for (int c = 0; c <= left; c++) {
        pmf[c] = Binomial.pmf(left, q, c);
      }
    }
    return pmf;
  }
}
