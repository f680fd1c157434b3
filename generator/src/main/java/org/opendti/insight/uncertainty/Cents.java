package org.opendti.insight.uncertainty;

import java.math.BigInteger;

/**
 * Exact arithmetic on points held as whole multiples of 10^-scale (scale ≥ 2, enough for every
 * maximum of the framework), rounded to 2 decimals half-up as {@code org.opendti.score} rounds D,
 * X, the bonus and the total. Products that would overflow a {@code long} go through {@link
 * BigInteger}, so no input can give a wrong total.
 */
final class Cents {

  /** Units of 10^-scale in one cent. */
  private final long perCent;

  private final int scale;

  Cents(int scale) {
    if (scale < 2 || scale > 12) {
      throw new IllegalArgumentException("scale must be 2..12: " + scale);
    }
    this.scale = scale;
    this.perCent = BigInteger.TEN.pow(scale - 2).longValueExact();
  }

  int scale() {
    return scale;
  }

  /** The value in units of 10^-scale; it must have at most {@link #scale()} decimals. */
  long of(java.math.BigDecimal value) {
    return value.movePointRight(scale).longValueExact();
  }

  /** num / den rounded to 2 decimals half-up (away from zero), in units; den &gt; 0. */
  long round(long num, long den) {
    if (den == 1 && perCent == 1) {
      return num; // already whole cents: the division the JIT cannot drop
    }
    long d;
    try {
      d = Math.multiplyExact(den, perCent);
    } catch (ArithmeticException e) {
      return slow(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    long q = Math.abs(num) / d;
    long r = Math.abs(num) % d;
    // r ≥ d − r, i.e. 2r ≥ d, without overflowing 2r.
    if (r >= d - r) {
      q++;
    }
    return (num < 0 ? -q : q) * perCent;
  }

  /** a × b / c rounded to 2 decimals half-up, in units; c &gt; 0. */
  long mulDiv(long a, long b, long c) {
    long lo = a * b;
    if (Math.multiplyHigh(a, b) != (lo >> 63)) {
      return slow(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), BigInteger.valueOf(c));
    }
    return round(lo, c);
  }

  private long slow(BigInteger num, BigInteger den) {
    BigInteger d = den.multiply(BigInteger.valueOf(perCent));
    BigInteger[] qr = num.abs().divideAndRemainder(d);
    BigInteger q = qr[0];
    if (qr[1].shiftLeft(1).compareTo(d) >= 0) {
      q = q.add(BigInteger.ONE);
    }
    return (num.signum() < 0 ? q.negate() : q)
        .multiply(BigInteger.valueOf(perCent))
        .longValueExact();
  }
}
