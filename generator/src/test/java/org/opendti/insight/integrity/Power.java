package org.opendti.insight.integrity;

import java.util.Arrays;

/** Exact power of the two tests at α = 0.01 against given last-digit probabilities. */
final class Power {

  static final double ALPHA = 0.01;
  private static final double[] UNIFORM = new double[10];

  static {
    Arrays.fill(UNIFORM, 0.1);
  }

  private Power() {}

  /** P(exact last-digit test flags) when last digits have the given probabilities; n ≤ 100. */
  static double lastDigit(int n, double[] digitProbabilities) {
    double[] h0 = SumOfSquares.upperTails(n, UNIFORM);
    int critical = 0;
    while (h0[critical] > ALPHA) {
      critical++;
    }
    return SumOfSquares.upperTails(n, digitProbabilities)[critical];
  }

  /** P(round-number test flags) when a share of values ends in 0 or 5. */
  static double round(int n, double roundShare) {
    return Binomial.upperTail(n, roundShare, Binomial.criticalCount(n, 0.2, ALPHA));
  }
}
