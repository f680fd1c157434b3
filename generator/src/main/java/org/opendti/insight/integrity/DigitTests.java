package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Digit tests on self-reported counts, for reviewers: a flag says "look closer", never "fraud", and
 * never changes a score. Runs every {@link DigitTest} on one set of values, a unit's or a cohort's.
 *
 * <p>Only whole numbers of at least {@link Builder#smallestCount(long) the smallest count} are used
 * (default 10: a one-digit number's last digit is also its first digit, which is not uniform);
 * fractions, negative numbers and smaller counts are reported as skipped. Pass counts only: money,
 * percentages, targets and planned figures are legitimately round.
 *
 * <pre>{@code
 * DigitTests tests = DigitTests.builder().build();
 * List<DigitTestResult> results = tests.run(List.of(new BigDecimal("273"), new BigDecimal("483")));
 * // neither runs: "quá ít giá trị: n = 2 < 26 (too few values: n = 2 < 26)", and "… < 16"
 * }</pre>
 *
 * <p>Immutable and thread-safe; it caches per-n null distributions, so reuse one instance.
 * Deterministic: the same values, seed and number of simulations give the same results.
 */
public final class DigitTests {

  /**
   * α, the threshold of every test. At 1 %, a province reviewing about a hundred units expects
   * about one chance flag per test, and the tests keep useful power at unit sizes (see {@link
   * DigitTest}).
   */
  public static final BigDecimal ALPHA = new BigDecimal("0.01");

  private final long smallestCount;
  private final long seed;
  private final int simulations;
  private final LastDigitUniformity lastDigit;
  private final RoundNumbers roundNumbers;

  private DigitTests(Builder b) {
    this.smallestCount = b.smallestCount;
    this.seed = b.seed;
    this.simulations = b.simulations;
    double alpha = ALPHA.doubleValue();
    this.lastDigit = new LastDigitUniformity(alpha, seed, simulations);
    this.roundNumbers = new RoundNumbers(alpha);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every test, in {@link DigitTest} order. */
  public List<DigitTestResult> run(Collection<BigDecimal> reportedCounts) {
    LastDigits digits = digits(reportedCounts);
    return List.of(lastDigit.test(digits, ALPHA), roundNumbers.test(digits, ALPHA));
  }

  /** One test. */
  public DigitTestResult run(DigitTest test, Collection<BigDecimal> reportedCounts) {
    LastDigits digits = digits(reportedCounts);
    return switch (Objects.requireNonNull(test, "test")) {
      case LAST_DIGIT_UNIFORM -> lastDigit.test(digits, ALPHA);
      case ENDS_IN_0_OR_5 -> roundNumbers.test(digits, ALPHA);
    };
  }

  private LastDigits digits(Collection<BigDecimal> reportedCounts) {
    return LastDigits.of(Objects.requireNonNull(reportedCounts, "reportedCounts"), smallestCount);
  }

  public long smallestCount() {
    return smallestCount;
  }

  public long seed() {
    return seed;
  }

  public int simulations() {
    return simulations;
  }

  /** Configures {@link DigitTests}; checked in {@link #build()}. */
  public static final class Builder {

    /** Default smallest count used: 10, the first two-digit number. */
    public static final long DEFAULT_SMALLEST_COUNT = 10;

    /** Default seed of the false-positive simulations (any fixed number would do). */
    public static final long DEFAULT_SEED = 20_120_312L;

    /** Default simulated data sets per n: Monte Carlo standard error about 0.00045 at 1 %. */
    public static final int DEFAULT_SIMULATIONS = 50_000;

    private long smallestCount = DEFAULT_SMALLEST_COUNT;
    private long seed = DEFAULT_SEED;
    private int simulations = DEFAULT_SIMULATIONS;

    private Builder() {}

    /**
     * Values below this are skipped. At least 10; use 100 for large pooled sets (a cohort), where
     * the uneven last digits of two-digit counts would otherwise be detected as a deviation.
     */
    public Builder smallestCount(long smallestCount) {
      this.smallestCount = smallestCount;
      return this;
    }

    /** Seed of the simulations behind the false-positive rates of large sets. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Simulated data sets per n for the false-positive rate (1,000 to 1,000,000). */
    public Builder simulations(int simulations) {
      this.simulations = simulations;
      return this;
    }

    public DigitTests build() {
      if (smallestCount < DEFAULT_SMALLEST_COUNT) {
        throw new IllegalArgumentException(
            "smallestCount phải ≥ 10 (số một chữ số có chữ số cuối cũng là chữ số đầu)"
                + " — smallestCount must be >= 10, got "
                + smallestCount);
      }
      if (simulations < 1_000 || simulations > 1_000_000) {
        throw new IllegalArgumentException(
            "simulations phải từ 1000 đến 1000000 — simulations must be 1,000 to 1,000,000, got "
                + simulations);
      }
      return new DigitTests(this);
    }
  }
}
