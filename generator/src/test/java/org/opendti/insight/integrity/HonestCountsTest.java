package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The null hypothesis on realistic counts, and its limit. Counts drawn log-uniformly (many small
 * ones, as in self-reports) have last digits that are not quite uniform: among two-digit counts 10,
 * 20, … 90 are the likeliest of each decade. At a unit's size this does not show; pooled over a
 * cohort of thousands it does, and docs/integrity-tests.md tells callers to use a larger smallest
 * count there.
 */
class HonestCountsTest {

  @Test
  void atAUnitsSizeRealisticHonestCountsAreRarelyFlagged() {
    DigitTests tests = DigitTests.builder().build();
    SplittableRandom random = new SplittableRandom(11);
    int dataSets = 1_000;
    int[] flagged = new int[2];
    for (int i = 0; i < dataSets; i++) {
      var results = tests.run(Counts.logUniform(random, 40, 10_000, 10));
      for (int t = 0; t < 2; t++) {
        flagged[t] += results.get(t).flagged() ? 1 : 0;
      }
    }
    // α = 1 %, plus three binomial standard deviations of 1,000 data sets.
    assertThat(flagged[0]).isLessThanOrEqualTo(20);
    assertThat(flagged[1]).isLessThanOrEqualTo(20);
  }

  @Test
  void pooledOverACohortTwoDigitCountsAreFlaggedByNature() {
    int n = 2_000;
    int dataSets = 100;
    double flaggedFromTen = shareFlagged(10, n, dataSets);
    double flaggedFromHundred = shareFlagged(100, n, dataSets);
    assertThat(flaggedFromTen).isGreaterThan(0.10);
    assertThat(flaggedFromHundred).isLessThan(flaggedFromTen / 2);
  }

  private static double shareFlagged(long smallest, int n, int dataSets) {
    DigitTests tests = DigitTests.builder().smallestCount(smallest).build();
    SplittableRandom random = new SplittableRandom(12);
    int flagged = 0;
    for (int i = 0; i < dataSets; i++) {
      var result =
          tests.run(DigitTest.LAST_DIGIT_UNIFORM, Counts.logUniform(random, n, 1_000, smallest));
      flagged += result.flagged() ? 1 : 0;
    }
    return (double) flagged / dataSets;
  }
}
