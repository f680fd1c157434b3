package org.opendti.insight.integrity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Sets of reported counts for the tests: given digit frequencies, honest, or made up. */
final class Counts {

  private Counts() {}

  /** frequencies[d] values ending in d, all three-digit counts (120, 131, …). */
  static List<BigDecimal> withLastDigits(int... frequencies) {
    List<BigDecimal> values = new ArrayList<>();
    for (int d = 0; d < frequencies.length; d++) {
      for (int i = 0; i < frequencies[d]; i++) {
        values.add(BigDecimal.valueOf(100 + 10L * (i + 2 * d) + d));
      }
    }
    return values;
  }

  /** n honest counts, uniform on 10 … 10009, so their last digits are exactly uniform. */
  static List<BigDecimal> honest(SplittableRandom random, int n) {
    return madeUp(random, n, 0);
  }

  /**
   * n counts of which each is, with probability {@code madeUpShare}, made up: its last digit is
   * replaced by 0 or 5 (half each), as a person rounding would. Last digits 0 and 5 then each have
   * probability share / 2 + (1 − share) / 10.
   */
  static List<BigDecimal> madeUp(SplittableRandom random, int n, double madeUpShare) {
    List<BigDecimal> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long v = 10 + random.nextInt(10_000);
      if (random.nextDouble() < madeUpShare) {
        v = v - v % 10 + (random.nextBoolean() ? 0 : 5);
        v = Math.max(v, 10);
      }
      values.add(BigDecimal.valueOf(v));
    }
    return values;
  }

  /** Cell probabilities of {@link #madeUp} last digits. */
  static double[] madeUpDigits(double madeUpShare) {
    double[] p = new double[10];
    for (int d = 0; d < 10; d++) {
      p[d] = (1 - madeUpShare) / 10 + (d == 0 || d == 5 ? madeUpShare / 2 : 0);
    }
    return p;
  }

  /** Log-uniform counts on [1, upper), kept if at least {@code smallest}: many small counts. */
  static List<BigDecimal> logUniform(SplittableRandom random, int n, double upper, long smallest) {
    List<BigDecimal> values = new ArrayList<>(n);
    while (values.size() < n) {
      long v = (long) Math.floor(Math.exp(random.nextDouble() * Math.log(upper)));
      if (v >= smallest) {
        values.add(BigDecimal.valueOf(v));
      }
    }
    return values;
  }
}
