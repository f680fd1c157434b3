package org.opendti.insight.uncertainty;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * One draw: a choice for each open question of the methodology.
 *
 * @param otherReading the cohort criteria in the reading of min-max the framework does not use
 * @param otherNaRule not-applicable criteria by the rule the framework does not use
 * @param unapplied by dispute index: the disputed correction left out
 * @param weights each pillar's weight in percent
 */
record Scenario(boolean otherReading, boolean otherNaRule, boolean[] unapplied, int[] weights) {

  /** The published choices: the framework's rules, every correction applied, every weight 100 %. */
  static Scenario published(int disputes, int pillars) {
    int[] w = new int[pillars];
    java.util.Arrays.fill(w, 100);
    return new Scenario(false, false, new boolean[disputes], w);
  }

  /**
   * The draws of one cohort, generated in a fixed order from one seed, so that they do not depend
   * on how many threads evaluate them. The two either-or rules are stratified (each combination
   * drawn equally often, {@code n / 4} times when both apply); disputes are coin flips, weights
   * uniform on whole percentages within the band.
   *
   * @param weighted per pillar: whether its weight varies (pillars without base points do not)
   */
  static Scenario[] draw(
      int n,
      long seed,
      boolean reading,
      boolean naRule,
      int disputes,
      boolean[] weighted,
      int band) {
    SplittableRandom random = new SplittableRandom(seed);
    Scenario[] out = new Scenario[n];
    for (int d = 0; d < n; d++) {
      int stratum = d;
      boolean r = false;
      boolean z = false;
      if (reading) {
        r = (stratum & 1) == 1;
        stratum >>= 1;
      }
      if (naRule) {
        z = (stratum & 1) == 1;
      }
      boolean[] un = new boolean[disputes];
      for (int j = 0; j < disputes; j++) {
        un[j] = random.nextBoolean();
      }
      int[] w = new int[weighted.length];
      for (int p = 0; p < w.length; p++) {
        w[p] = weighted[p] ? 100 - band + random.nextInt(2 * band + 1) : 100;
      }
      out[d] = new Scenario(r, z, un, w);
    }
    return out;
  }

  /** The part of the draw that changes the cohort criteria's points for everyone. */
  Key key(int[] cohortDisputes) {
    BitSet bits = new BitSet();
    for (int j = 0; j < cohortDisputes.length; j++) {
      if (unapplied[cohortDisputes[j]]) {
        bits.set(j);
      }
    }
    return new Key(otherReading, bits);
  }

  /** The reading and the disputed cohort-criterion corrections left out. */
  record Key(boolean otherReading, BitSet unapplied) {}
}
