package org.opendti.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic shared by the methods: divisions with {@link MathContext#DECIMAL64}, points rounded to
 * 2 decimals half-up ({@code docs/formats.md}, Aggregation).
 */
final class Points {

  static final MathContext MC = MathContext.DECIMAL64;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Points() {}

  static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  static BigDecimal clamp(BigDecimal value, BigDecimal max) {
    if (value.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return value.compareTo(max) > 0 ? max : value;
  }

  /** A fraction as a percentage for display, e.g. 0.0025 → 0.25. */
  static BigDecimal percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).stripTrailingZeros();
  }

  /** A percentage for display rounded to 2 decimals, e.g. 0.666… → 66.67. */
  static BigDecimal percentShown(BigDecimal fraction) {
    return round(fraction.multiply(HUNDRED)).stripTrailingZeros();
  }
}
