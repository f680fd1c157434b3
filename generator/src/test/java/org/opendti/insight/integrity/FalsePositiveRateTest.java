package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The false-positive rates the results state, checked against independent computations. */
class FalsePositiveRateTest {

  private static final double ALPHA = 0.01;
  private static final double[] UNIFORM = new double[10];

  static {
    Arrays.fill(UNIFORM, 0.1);
  }

  /** Exact size of the χ²₉-approximation test at n: P(S ≥ its critical S) under honest digits. */
  private static double asymptoticSize(LastDigitUniformity test, int n) {
    long critical = test.asymptoticCritical(n);
    double[] tails = SumOfSquares.upperTails(n, UNIFORM);
    return critical < tails.length ? tails[(int) critical] : 0;
  }

  @Test
  void exactTestsNeverExceedAlpha() {
    LastDigitUniformity lastDigit = new LastDigitUniformity(ALPHA, 1, 1_000);
    RoundNumbers round = new RoundNumbers(ALPHA);
    for (int n = DigitTest.LAST_DIGIT_UNIFORM.minimumValues(); n <= 60; n++) {
      assertThat(lastDigit.exactRate(n)).isBetween(0.0074, ALPHA);
    }
    assertThat(lastDigit.exactRate(100)).isCloseTo(0.0099, within(0.00005));
    for (int n = DigitTest.ENDS_IN_0_OR_5.minimumValues(); n <= 400; n++) {
      assertThat(round.exactRate(n)).isBetween(0.0025, ALPHA);
    }
  }

  /**
   * Why small sets get exact p-values: the χ²₉ approximation flags honest digits more often than α
   * at small n (1.36 % at n = 10 and 1.14 % at n = 26), while the exact test stays at or below α.
   */
  @Test
  void chiSquareApproximationIsTooEagerInSmallSets() {
    LastDigitUniformity test = new LastDigitUniformity(ALPHA, 1, 1_000);
    assertThat(asymptoticSize(test, 10)).isCloseTo(0.0136, within(0.00005));
    assertThat(asymptoticSize(test, 26)).isCloseTo(0.0114, within(0.00005));
    assertThat(test.exactRate(26)).isCloseTo(0.0087, within(0.00005));
    // By a hundred values the approximation is within a tenth of α.
    for (int n = 90; n <= 100; n++) {
      assertThat(asymptoticSize(test, n)).isCloseTo(ALPHA, within(0.001));
    }
  }

  /**
   * The seeded simulation behind the rates of large sets agrees with the exact size of the same
   * decision rule at n = 150 (computed by the dynamic programme) within four Monte Carlo standard
   * errors, and gives the same number on every run.
   */
  @Test
  void simulatedRateAgreesWithTheExactSize() {
    int n = 150;
    int simulations = 20_000;
    LastDigitUniformity test = new LastDigitUniformity(ALPHA, 20_120_312L, simulations);
    double exact = asymptoticSize(test, n);
    double simulated = test.simulatedRate(n);
    double se = Math.sqrt(exact * (1 - exact) / simulations);
    assertThat(simulated).isCloseTo(exact, within(4 * se));
    assertThat(new LastDigitUniformity(ALPHA, 20_120_312L, simulations).simulatedRate(n))
        .isEqualTo(simulated);
  }
}
