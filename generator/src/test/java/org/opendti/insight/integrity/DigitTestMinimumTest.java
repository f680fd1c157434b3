package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Recomputes each test's minimum number of values from the exact distributions: the smallest n from
 * which the test at α = 0.01 has at least 80 % power against "half of the values made up, ending in
 * 0 or 5" (digits 0 and 5 each 30 %, the others 5 %), at every n up to the horizon checked.
 */
class DigitTestMinimumTest {

  private static final double TARGET = 0.8;
  private static final double HALF_MADE_UP_ROUND_SHARE = 0.6;

  @Test
  void lastDigitMinimum() {
    int horizon = 60;
    double[] power = new double[horizon + 1];
    for (int n = 5; n <= horizon; n++) {
      power[n] = Power.lastDigit(n, Counts.madeUpDigits(0.5));
    }
    int minimum = smallestFromWhichPowerStays(power, 5, horizon);
    assertThat(minimum).isEqualTo(DigitTest.LAST_DIGIT_UNIFORM.minimumValues()).isEqualTo(26);
    // Past the horizon power only grows from here; the saw-tooth of a discrete test is far smaller.
    assertThat(power[horizon]).isGreaterThan(0.99);
    assertThat(power[minimum - 1]).isLessThan(TARGET);
  }

  @Test
  void roundNumberMinimum() {
    int horizon = 200;
    double[] power = new double[horizon + 1];
    for (int n = 5; n <= horizon; n++) {
      power[n] = Power.round(n, HALF_MADE_UP_ROUND_SHARE);
    }
    int minimum = smallestFromWhichPowerStays(power, 5, horizon);
    assertThat(minimum).isEqualTo(DigitTest.ENDS_IN_0_OR_5.minimumValues()).isEqualTo(16);
    assertThat(power[horizon]).isGreaterThan(0.99);
    // n = 13 already reaches 77 %, and n = 15 79 %: the power of a discrete test is a saw-tooth.
    assertThat(power[13]).isBetween(0.77, TARGET);
  }

  private static int smallestFromWhichPowerStays(double[] power, int from, int horizon) {
    int minimum = horizon + 1;
    for (int n = horizon; n >= from && power[n] >= TARGET; n--) {
      minimum = n;
    }
    return minimum;
  }
}
