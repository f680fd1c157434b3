package org.opendti.insight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Small decimal helpers for the flags: medians, shares, display. */
final class Numbers {

  static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Numbers() {}

  /** The median of a non-empty list. */
  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MC);
  }

  /** Whether part / whole ≥ share, without dividing. */
  static boolean atLeast(long part, long whole, BigDecimal share) {
    return BigDecimal.valueOf(part).compareTo(share.multiply(BigDecimal.valueOf(whole))) >= 0;
  }

  /** 2 decimals half-up, trailing zeros removed, never in exponent form. */
  static BigDecimal shown(BigDecimal v) {
    BigDecimal s = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A share as a percentage for messages: 0.757 → "75.7%". */
  static String percent(BigDecimal share) {
    return shown(share.multiply(HUNDRED)).toPlainString() + "%";
  }

  static String plain(BigDecimal v) {
    return shown(v).toPlainString();
  }
}
