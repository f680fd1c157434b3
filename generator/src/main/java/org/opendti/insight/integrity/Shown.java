package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are rounded for people; no locale is involved (renderers format them). */
final class Shown {

  private static final int RATE_SCALE = 4;
  private static final int SMALLEST_SCALE = 15;
  private static final double SMALL_P = 0.001;
  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

  private Shown() {}

  /**
   * A probability: four decimals from 0.001 up (0.0554), two significant digits below (0.00023,
   * 0.0000000031), and at most fifteen decimals (a p-value below 5e-16 shows as zero to fifteen
   * places).
   */
  static BigDecimal probability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("not a probability: " + p);
    }
    if (p >= SMALL_P) {
      return new BigDecimal(p).setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }
    BigDecimal small = new BigDecimal(p).round(TWO_DIGITS);
    return small.scale() > SMALLEST_SCALE
        ? small.setScale(SMALLEST_SCALE, RoundingMode.HALF_UP)
        : small;
  }

  /** A rate such as a false-positive rate: four decimals (0.0095). */
  static BigDecimal rate(double r) {
    return new BigDecimal(r).setScale(RATE_SCALE, RoundingMode.HALF_UP);
  }
}
