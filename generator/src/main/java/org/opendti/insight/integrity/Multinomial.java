package org.opendti.insight.integrity;

import java.util.SplittableRandom;

/**
 * Draws the ten digit counts of n honest values (a multinomial with equal cells) in time that grows
 * like √n, not n, so the simulated false-positive rate of a cohort of a hundred thousand values
 * stays cheap: cell k gets Bin(left, 1 / (10 − k)), the last cell the rest.
 *
 * <p>Each binomial is drawn by inversion, searching outwards from the mode and subtracting each
 * count's probability from one uniform number, so each count gets an interval of exactly its
 * probability and the search takes about as many steps as the count is far from the mode.
 */
final class Multinomial {

  private Multinomial() {}

  /** Fills counts[0..9] with the digit counts of n uniform digits. */
  static void uniformDigits(SplittableRandom random, int n, int[] counts) {
    int left = n;
    for (int cell = 0; cell < SumOfSquares.CELLS - 1; cell++) {
      int c = binomial(random, left, 1.0 / (SumOfSquares.CELLS - cell));
      counts[cell] = c;
      left -= c;
    }
    counts[SumOfSquares.CELLS - 1] = left;
  }

  /** One draw of Bin(n, p). */
  static int binomial(SplittableRandom random, int n, double p) {
    if (n == 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    int mode = (int) Math.min(n, Math.floor((n + 1) * p));
    double atMode = Binomial.pmf(n, p, mode);
    double u = random.nextDouble() - atMode;
    if (u < 0) {
      return mode;
    }
    double odds = p / (1 - p);
    int down = mode;
    int up = mode;
    double pDown = atMode;
    double pUp = atMode;
    while (down > 0 || up < n) {
      if (up < n) {
        pUp *= (double) (n - up) / (up + 1) * odds;
        up++;
        u -= pUp;
        if (u < 0) {
          return up;
        }
      }
      if (down > 0) {
        pDown *= (double) down / (n - down + 1) / odds;
        down--;
        u -= pDown;
        if (u < 0) {
          return down;
        }
      }
    }
    return mode; // the last ~1e-15 of probability lost to rounding
  }
}
