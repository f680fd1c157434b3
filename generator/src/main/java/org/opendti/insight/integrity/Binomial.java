package org.opendti.insight.integrity;

/**
 * Exact binomial probabilities: the one-sided p-value P(X ≥ k) for X ~ Bin(n, p), and the smallest
 * count whose p-value is at most α (the test's critical count).
 *
 * <p>Each term is exp(log C(n, j) + j log p + (n − j) log(1 − p)) with log C from {@link
 * Gamma#logGamma}; terms are summed from the far tail inwards, so small tails keep their digits.
 */
final class Binomial {

  private Binomial() {}

  /** P(X = j) for X ~ Bin(n, p), 0 &lt; p &lt; 1. */
  static double pmf(int n, double p, int j) {
    if (j < 0 || j > n) {
      return 0;
    }
    double logChoose =
        Gamma.logGamma(n + 1.0) - Gamma.logGamma(j + 1.0) - Gamma.logGamma(n - j + 1.0);
    return Math.exp(logChoose + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }

  /** P(X ≥ k) for X ~ Bin(n, p), 0 &lt; p &lt; 1. */
  static double upperTail(int n, double p, int k) {
    check(n, p);
    if (k <= 0) {
      return 1;
    }
    double sum = 0;
    for (int j = n; j >= k; j--) {
      sum += pmf(n, p, j);
    }
    return Math.min(1, sum);
  }

  /**
   * The smallest k with P(X ≥ k) ≤ α, or n + 1 when even k = n is too likely. Flagging when the
   * observed count reaches it is the same decision as "exact p-value ≤ α".
   */
  static int criticalCount(int n, double p, double alpha) {
    check(n, p);
    double sum = 0;
    for (int j = n; j >= 0; j--) {
      sum += pmf(n, p, j);
      if (sum > alpha) {
        return j + 1;
      }
    }
    return 0;
  }

  private static void check(int n, double p) {
    if (n < 0 || !(p > 0 && p < 1)) {
      throw new IllegalArgumentException("binomial needs n >= 0 and 0 < p < 1: n=" + n + " p=" + p);
    }
  }
}
