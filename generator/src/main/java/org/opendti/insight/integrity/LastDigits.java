package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;

/**
 * The last digits of the values a digit test may use: whole numbers at least {@code smallestCount}.
 * Everything else (fractions, negative numbers, small counts) is counted as skipped, not tested.
 *
 * <p>A value's last digit is read without expanding it, so a hostile {@code 1E+999999999} costs
 * nothing: a whole number with a negative scale after stripping zeros ends in 0.
 */
record LastDigits(int[] counts, int n, int skipped) {

  LastDigits {
    counts = counts.clone();
  }

  @Override
  public int[] counts() {
    return counts.clone();
  }

  int count(int digit) {
    return counts[digit];
  }

  static LastDigits of(Collection<BigDecimal> values, long smallestCount) {
    BigDecimal smallest = BigDecimal.valueOf(smallestCount);
    int[] counts = new int[SumOfSquares.CELLS];
    int n = 0;
    int skipped = 0;
    int index = 0;
    for (BigDecimal value : values) {
      if (value == null) {
        throw new IllegalArgumentException(
            "Giá trị thứ " + index + " bị rỗng (null) — value " + index + " is null");
      }
      index++;
      Integer digit = lastDigit(value, smallest);
      if (digit == null) {
        skipped++;
      } else {
        counts[digit]++;
        n++;
      }
    }
    return new LastDigits(counts, n, skipped);
  }

  private static Integer lastDigit(BigDecimal value, BigDecimal smallest) {
    if (value.compareTo(smallest) < 0) {
      return null;
    }
    if (value.scale() == 0 && value.precision() < 19) {
      // A whole number that fits a long (the usual count): its digit without a BigInteger.
      return (int) (value.longValue() % 10);
    }
    BigDecimal whole = value.stripTrailingZeros();
    if (whole.scale() > 0) {
      return null;
    }
    if (whole.scale() < 0) {
      return 0;
    }
    return whole.unscaledValue().mod(BigInteger.TEN).intValue();
  }
}
