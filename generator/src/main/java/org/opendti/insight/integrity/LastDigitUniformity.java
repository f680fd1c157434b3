package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Pearson's χ² test that the ten last digits are equally likely (Beber &amp; Scacco 2012), with 9
 * degrees of freedom.
 *
 * <p>Up to {@link #EXACT_LIMIT} values the p-value is exact: P(X² ≥ observed) under the multinomial
 * distribution of honest digits, from {@link SumOfSquares}; the false-positive rate is then the
 * exact probability that honest digits reach p ≤ α. Above it the p-value comes from the χ²₉
 * distribution and the false-positive rate from a seeded simulation of honest digits at the same n.
 * Thread-safe; the per-n null distributions are cached.
 */
final class LastDigitUniformity {

  /** Largest n with exact p-values; the dynamic programme takes up to about half a second here. */
  static final int EXACT_LIMIT = 100;

  static final int DEGREES_OF_FREEDOM = SumOfSquares.CELLS - 1;
  private static final double[] UNIFORM = uniform();

  private final double alpha;
  private final long seed;
  private final int simulations;
  private final ConcurrentMap<Integer, Null> exact = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, Double> simulatedRates = new ConcurrentHashMap<>();

  LastDigitUniformity(double alpha, long seed, int simulations) {
    this.alpha = alpha;
    this.seed = seed;
    this.simulations = simulations;
  }

  /** The exact null distribution at n: tails of S and the smallest S that is flagged. */
  private record Null(double[] tails, int critical) {}

  DigitTestResult test(LastDigits digits, BigDecimal threshold) {
    int n = digits.n();
    DigitTest test = DigitTest.LAST_DIGIT_UNIFORM;
    if (n < test.minimumValues()) {
      return DigitTestResult.notRun(test, n, digits.skipped(), threshold);
    }
    long s = sumOfSquares(digits);
    BigDecimal size = BigDecimal.valueOf(n);
    BigDecimal statistic =
        BigDecimal.valueOf(s)
            .multiply(BigDecimal.TEN)
            .subtract(size.multiply(size))
            .divide(size, 2, RoundingMode.HALF_UP);
    double p;
    double rate;
    DigitTestResult.Method method;
    if (n <= EXACT_LIMIT) {
      Null h0 = exactNull(n);
      p = h0.tails()[(int) s];
      rate = h0.tails()[h0.critical()];
      method = DigitTestResult.Method.EXACT;
    } else {
      p = Gamma.chiSquareUpperTail(chiSquare(s, n), DEGREES_OF_FREEDOM);
      rate = simulatedRate(n);
      method = DigitTestResult.Method.ASYMPTOTIC;
    }
    return DigitTestResult.ran(
        test,
        n,
        digits.skipped(),
        statistic,
        BigDecimal.valueOf(DEGREES_OF_FREEDOM),
        p,
        method,
        threshold,
        rate,
        p <= alpha);
  }

  static long sumOfSquares(LastDigits digits) {
    long s = 0;
    for (int d = 0; d < SumOfSquares.CELLS; d++) {
      long c = digits.count(d);
      s += c * c;
    }
    return s;
  }

  /** X² = 10 S / n − n: Pearson's statistic when every digit is expected n / 10 times. */
  static double chiSquare(long sumOfSquares, int n) {
    return (10.0 * sumOfSquares - (double) n * n) / n;
  }

  private Null exactNull(int n) {
    return exact.computeIfAbsent(
        n,
        k -> {
          double[] tails = SumOfSquares.upperTails(k, UNIFORM);
          int critical = 0;
          while (tails[critical] > alpha) {
            critical++;
          }
          return new Null(tails, critical);
        });
  }

  /** Exact P(p ≤ α) for honest digits at n ≤ {@link #EXACT_LIMIT}. */
  double exactRate(int n) {
    Null h0 = exactNull(n);
    return h0.tails()[h0.critical()];
  }

  /** The smallest S whose χ²₉ p-value is at most α (n² + 1 if none). */
  long asymptoticCritical(int n) {
    long lo = 0;
    long hi = (long) n * n + 1;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (Gamma.chiSquareUpperTail(chiSquare(mid, n), DEGREES_OF_FREEDOM) <= alpha) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The share of {@code simulations} data sets of n honest (uniform) last digits that the χ²₉
   * approximation flags. The random stream depends only on the seed and n, so the rate is the same
   * on every run.
   */
  double simulatedRate(int n) {
    return simulatedRates.computeIfAbsent(
        n,
        k -> {
          long critical = asymptoticCritical(k);
          SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * k));
          int[] counts = new int[SumOfSquares.CELLS];
          int flagged = 0;
          for (int r = 0; r < simulations; r++) {
            Multinomial.uniformDigits(random, k, counts);
            long s = 0;
            for (int c : counts) {
              s += (long) c * c;
            }
            if (s >= critical) {
              flagged++;
            }
          }
          return (double) flagged / simulations;
        });
  }

  private static double[] uniform() {
    double[] p = new double[SumOfSquares.CELLS];
    Arrays.fill(p, 1.0 / SumOfSquares.CELLS);
    return p;
  }
}
