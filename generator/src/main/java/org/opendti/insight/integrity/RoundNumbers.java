package org.opendti.insight.integrity;

import java.math.BigDecimal;

/**
 * Digit preference for round numbers: are more values ending in 0 or 5 than the one in five that
 * honest counts give? One-sided exact binomial test of k (values ending in 0 or 5) against Bin(n,
 * 1/5); the false-positive rate is the exact probability that honest digits reach p ≤ α, which the
 * discreteness of k keeps at or below α. Stateless and thread-safe.
 */
final class RoundNumbers {

  /** Share of honest counts ending in 0 or 5 (two of ten equally likely last digits). */
  static final double ROUND_SHARE = 0.2;

  private final double alpha;

  RoundNumbers(double alpha) {
    this.alpha = alpha;
  }

  DigitTestResult test(LastDigits digits, BigDecimal threshold) {
    int n = digits.n();
    DigitTest test = DigitTest.ENDS_IN_0_OR_5;
    if (n < test.minimumValues()) {
      return DigitTestResult.notRun(test, n, digits.skipped(), threshold);
    }
    int k = digits.count(0) + digits.count(5);
    double p = Binomial.upperTail(n, ROUND_SHARE, k);
    return DigitTestResult.ran(
        test,
        n,
        digits.skipped(),
        BigDecimal.valueOf(k),
        BigDecimal.valueOf(n).divide(BigDecimal.valueOf(5)),
        p,
        DigitTestResult.Method.EXACT,
        threshold,
        exactRate(n),
        p <= alpha);
  }

  /** Exact P(p ≤ α) for honest digits at n. */
  double exactRate(int n) {
    return Binomial.upperTail(n, ROUND_SHARE, Binomial.criticalCount(n, ROUND_SHARE, alpha));
  }
}
