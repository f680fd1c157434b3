package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of one digit test on one set of values (a unit's, or a cohort's): either it ran, and
 * the statistic, p-value, threshold and false-positive rate stand next to the flag, or it did not,
 * and {@link #reason()} says why. A flag is a reason for a reviewer to look, never a score change
 * and never evidence of fraud.
 *
 * <p>Example (a unit with 40 usable counts, 19 of them ending in 0 or 5): {@code ends-in-0-or-5
 * n=40 statistic=19 expected=8 pValue=0.000085 method=EXACT threshold=0.01 falsePositiveRate=0.0079
 * flagged}.
 *
 * @param test which test
 * @param n values the test used (whole numbers at least the smallest count)
 * @param skipped values given but not used: fractions, negative numbers, counts below the smallest
 *     count
 * @param minimumN the test's minimum number of values
 * @param statistic X² for the last-digit test (2 decimals); the number of values ending in 0 or 5
 *     for the round-number test; null if not run
 * @param expected the statistic's expected value for honest counts (9, or n / 5); null if not run
 * @param pValue probability, for honest counts, of a statistic at least this extreme; 4 decimals
 *     from 0.001, else 2 significant digits; null if not run
 * @param method how the p-value and the false-positive rate were computed; null if not run
 * @param threshold α: flagged when pValue ≤ α
 * @param falsePositiveRate the actual probability that honest counts are flagged at this n, 4
 *     decimals; null if not run
 * @param flagged whether the p-value is at most the threshold
 * @param reason why the test did not run (Vietnamese, then English), or null if it ran
 */
public record DigitTestResult(
    DigitTest test,
    int n,
    int skipped,
    int minimumN,
    BigDecimal statistic,
    BigDecimal expected,
    BigDecimal pValue,
    Method method,
    BigDecimal threshold,
    BigDecimal falsePositiveRate,
    boolean flagged,
    String reason) {

  /** How the p-value and the false-positive rate were obtained. */
  public enum Method {
    /** Both are exact probabilities (multinomial for the last-digit test, binomial otherwise). */
    EXACT,
    /**
     * The p-value is from the χ² distribution with 9 degrees of freedom; the false-positive rate is
     * the share of seeded simulated honest data sets of the same size that are flagged.
     */
    ASYMPTOTIC
  }

  public DigitTestResult {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(threshold, "threshold");
    if (n < 0 || skipped < 0) {
      throw new IllegalArgumentException("n and skipped must be >= 0");
    }
    boolean ran = reason == null;
    boolean complete =
        statistic != null
            && expected != null
            && pValue != null
            && method != null
            && falsePositiveRate != null;
    boolean empty =
        statistic == null
            && expected == null
            && pValue == null
            && method == null
            && falsePositiveRate == null;
    if (ran ? !complete : (!empty || flagged)) {
      throw new IllegalArgumentException(
          "a result either ran (all numbers, no reason) or did not (a reason, no numbers)");
    }
  }

  static DigitTestResult ran(
      DigitTest test,
      int n,
      int skipped,
      BigDecimal statistic,
      BigDecimal expected,
      double pValue,
      Method method,
      BigDecimal threshold,
      double falsePositiveRate,
      boolean flagged) {
    return new DigitTestResult(
        test,
        n,
        skipped,
        test.minimumValues(),
        statistic,
        expected,
        Shown.probability(pValue),
        method,
        threshold,
        Shown.rate(falsePositiveRate),
        flagged,
        null);
  }

  static DigitTestResult notRun(DigitTest test, int n, int skipped, BigDecimal threshold) {
    int minimum = test.minimumValues();
    String reason =
        "quá ít giá trị: n = "
            + n
            + " < "
            + minimum
            + " (too few values: n = "
            + n
            + " < "
            + minimum
            + ")";
    return new DigitTestResult(
        test, n, skipped, minimum, null, null, null, null, threshold, null, false, reason);
  }

  /** Whether the test ran (it had at least {@link #minimumN()} values). */
  public boolean ran() {
    return reason == null;
  }
}
