package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTest {

  @Test
  void fairCoinEightOrMoreHeadsInTen() {
    // (C(10,8) + C(10,9) + C(10,10)) / 2^10 = 56 / 1024.
    assertThat(Binomial.upperTail(10, 0.5, 8)).isCloseTo(56.0 / 1024, within(1e-15));
  }

  /**
   * P(X ≥ k) for X ~ Bin(n, 1/5) in exact rational arithmetic: Σ C(n, j) 4^(n−j) / 5^n, an
   * independent check of the log-gamma route.
   */
  private static double exactFifthTail(int n, int k) {
    BigInteger numerator = BigInteger.ZERO;
    BigInteger choose = BigInteger.ONE;
    for (int j = 0; j <= n; j++) {
      if (j > 0) {
        choose = choose.multiply(BigInteger.valueOf(n - j + 1)).divide(BigInteger.valueOf(j));
      }
      if (j >= k) {
        numerator = numerator.add(choose.multiply(BigInteger.valueOf(4).pow(n - j)));
      }
    }
    return new BigDecimal(numerator)
        .divide(new BigDecimal(BigInteger.valueOf(5).pow(n)), MathContext.DECIMAL128)
        .doubleValue();
  }

  @ParameterizedTest
  @CsvSource({"16, 8", "40, 15", "40, 19", "80, 32", "200, 55", "1000, 240", "3000, 700"})
  void agreesWithExactRationalArithmetic(int n, int k) {
    double exact = exactFifthTail(n, k);
    assertThat(Binomial.upperTail(n, 0.2, k)).isCloseTo(exact, within(exact * 1e-9));
  }

  @ParameterizedTest
  @CsvSource({"16, 8", "26, 11", "40, 15", "100, 31", "1000, 231"})
  void criticalCountIsTheFirstCountAtOrBelowAlpha(int n, int expectedCritical) {
    int k = Binomial.criticalCount(n, 0.2, 0.01);
    assertThat(k).isEqualTo(expectedCritical);
    assertThat(exactFifthTail(n, k)).isLessThanOrEqualTo(0.01);
    assertThat(exactFifthTail(n, k - 1)).isGreaterThan(0.01);
  }

  @Test
  void edges() {
    assertThat(Binomial.upperTail(20, 0.2, 0)).isEqualTo(1);
    assertThat(Binomial.upperTail(20, 0.2, 21)).isEqualTo(0);
    assertThat(Binomial.pmf(20, 0.2, -1)).isEqualTo(0);
    // Even all five values ending in 0 or 5 is not rare enough at α = 0.0001: no critical count.
    assertThat(Binomial.criticalCount(5, 0.2, 0.0001)).isEqualTo(6);
    assertThatThrownBy(() -> Binomial.upperTail(10, 1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
