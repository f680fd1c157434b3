package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaTest {

  /**
   * Upper-tail critical values of χ² with 9 degrees of freedom, five decimals, as printed in the
   * standard tables (e.g. the table of the chi-square distribution in the NIST/SEMATECH e-Handbook
   * of Statistical Methods). A 5e-6 rounding of x moves p by less than 1e-6.
   */
  @ParameterizedTest
  @CsvSource({
    "21.66599, 0.01",
    "16.91898, 0.05",
    "23.58935, 0.005",
    "19.02277, 0.025",
    "14.68366, 0.10",
    "8.34283, 0.50",
    "3.32511, 0.95",
    "2.08790, 0.99",
    "1.73493, 0.995"
  })
  void chiSquareNineDegreesMatchesTheTable(double x, double p) {
    assertThat(Gamma.chiSquareUpperTail(x, 9)).isCloseTo(p, within(2e-6));
  }

  @Test
  void briefQuantilesRoundedToThreeDecimals() {
    // The issue's own numbers: 21.666 at p = 0.01, 16.919 at p = 0.05.
    assertThat(Gamma.chiSquareUpperTail(21.666, 9)).isCloseTo(0.01, within(1e-5));
    assertThat(Gamma.chiSquareUpperTail(16.919, 9)).isCloseTo(0.05, within(1e-5));
  }

  /**
   * Published worked example: a TI-83 worksheet "The chi-squared goodness-of-fit test" tests 100
   * calculator digits (observed 10 17 13 7 15 3 8 12 6 9, each expected 10), gets χ² = 16.6 with 9
   * degrees of freedom and reports p = 0.0554 (scribd.com/document/476769722).
   */
  @Test
  void workedExampleCalculatorDigits() {
    double p = Gamma.chiSquareUpperTail(16.6, 9);
    assertThat(Shown.probability(p)).isEqualTo(new BigDecimal("0.0554"));
  }

  /** For even ν the tail has a closed form: Q(k, y) = e^{-y} Σ_{j<k} y^j / j!. */
  @ParameterizedTest
  @CsvSource({"2, 0.5", "2, 30", "2, 200", "10, 3", "10, 9.34182", "10, 40", "10, 400"})
  void evenDegreesOfFreedomAgreeWithTheClosedForm(int df, double x) {
    double y = x / 2;
    double term = 1;
    double sum = 1;
    for (int j = 1; j < df / 2; j++) {
      term *= y / j;
      sum += term;
    }
    double expected = Math.exp(-y) * sum;
    assertThat(Gamma.chiSquareUpperTail(x, df)).isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void logGammaOfKnownValues() {
    assertThat(Gamma.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(Gamma.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
    // Γ(4.5) = 105 √π / 16, the normaliser of χ² with 9 degrees of freedom.
    assertThat(Gamma.logGamma(4.5))
        .isCloseTo(Math.log(105 * Math.sqrt(Math.PI) / 16), within(1e-13));
    double logFactorial = 0;
    for (int k = 2; k <= 170; k++) {
      logFactorial += Math.log(k);
      assertThat(Gamma.logGamma(k + 1.0)).isCloseTo(logFactorial, within(1e-12 * logFactorial));
    }
  }

  @Test
  void edgesAndBadArguments() {
    assertThat(Gamma.chiSquareUpperTail(0, 9)).isEqualTo(1);
    assertThat(Gamma.chiSquareUpperTail(-3, 9)).isEqualTo(1);
    assertThat(Gamma.chiSquareUpperTail(Double.POSITIVE_INFINITY, 9)).isEqualTo(0);
    assertThat(Gamma.chiSquareUpperTail(1e6, 9)).isEqualTo(0);
    assertThatThrownBy(() -> Gamma.chiSquareUpperTail(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gamma.upperRegularized(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gamma.logGamma(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
