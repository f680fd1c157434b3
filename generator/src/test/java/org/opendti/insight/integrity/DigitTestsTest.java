package org.opendti.insight.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitTestsTest {

  private static final DigitTests TESTS = DigitTests.builder().build();

  /**
   * Published worked example: last digits of 80 students' reported weights (a textbook exercise on
   * "people round their weight to 0 or 5", worked at novelanswer.com): frequencies 15 5 3 8 5 17 7
   * 6 9 5 for digits 0–9, each expected 8; the solution compares χ² with the 5 % critical value
   * 16.919 (9 degrees of freedom) and lists (O − E)² / E = 6.125, 1.125, …, which sum to 23.5.
   */
  @Test
  void workedExampleReportedWeights() {
    List<BigDecimal> weights = Counts.withLastDigits(15, 5, 3, 8, 5, 17, 7, 6, 9, 5);
    List<DigitTestResult> results = TESTS.run(weights);

    DigitTestResult lastDigit = results.get(0);
    assertThat(lastDigit.test()).isEqualTo(DigitTest.LAST_DIGIT_UNIFORM);
    assertThat(lastDigit.n()).isEqualTo(80);
    assertThat(lastDigit.statistic()).isEqualTo(new BigDecimal("23.50"));
    assertThat(lastDigit.expected()).isEqualTo(new BigDecimal("9"));
    assertThat(lastDigit.method()).isEqualTo(DigitTestResult.Method.EXACT);
    // The χ²₉ approximation gives 0.0052; the exact multinomial tail is a little larger.
    assertThat(Gamma.chiSquareUpperTail(23.5, 9)).isCloseTo(0.0052, within(0.00005));
    assertThat(lastDigit.pValue().doubleValue()).isBetween(0.0052, 0.0060);
    assertThat(lastDigit.threshold()).isEqualTo(new BigDecimal("0.01"));
    assertThat(lastDigit.flagged()).isTrue();
    assertThat(lastDigit.falsePositiveRate().doubleValue()).isBetween(0.009, 0.01);

    // 32 of 80 weights end in 0 or 5 where 16 are expected.
    DigitTestResult round = results.get(1);
    assertThat(round.statistic()).isEqualTo(new BigDecimal("32"));
    assertThat(round.expected()).isEqualByComparingTo("16");
    assertThat(round.pValue()).isEqualTo(new BigDecimal("0.000033"));
    assertThat(round.flagged()).isTrue();
  }

  /** The TI-83 worksheet's 100 digits (see {@link GammaTest}): χ² = 16.6, p = 0.0554, no flag. */
  @Test
  void workedExampleCalculatorDigitsIsNotFlagged() {
    List<BigDecimal> digits = Counts.withLastDigits(10, 17, 13, 7, 15, 3, 8, 12, 6, 9);
    DigitTestResult result = TESTS.run(DigitTest.LAST_DIGIT_UNIFORM, digits);
    assertThat(result.statistic()).isEqualTo(new BigDecimal("16.60"));
    assertThat(result.pValue().doubleValue()).isCloseTo(0.0554, within(0.002));
    assertThat(result.flagged()).isFalse();
    // 10 + 3 = 13 of 100 end in 0 or 5: fewer than 20, not a preference for round numbers.
    DigitTestResult round = TESTS.run(DigitTest.ENDS_IN_0_OR_5, digits);
    assertThat(round.pValue().doubleValue()).isGreaterThan(0.9);
    assertThat(round.flagged()).isFalse();
  }

  @Test
  void tooFewValuesMeansNoTestAndSaysSo() {
    List<BigDecimal> values = new ArrayList<>(Counts.withLastDigits(2, 2, 2, 2, 2, 3, 2, 2, 2, 2));
    values.add(new BigDecimal("7")); // one digit: skipped
    values.add(new BigDecimal("12.5")); // not a count: skipped
    List<DigitTestResult> results = TESTS.run(values);

    DigitTestResult lastDigit = results.get(0);
    assertThat(lastDigit.ran()).isFalse();
    assertThat(lastDigit.n()).isEqualTo(21);
    assertThat(lastDigit.skipped()).isEqualTo(2);
    assertThat(lastDigit.minimumN()).isEqualTo(26);
    assertThat(lastDigit.reason())
        .isEqualTo("quá ít giá trị: n = 21 < 26 (too few values: n = 21 < 26)");
    assertThat(lastDigit.statistic()).isNull();
    assertThat(lastDigit.pValue()).isNull();
    assertThat(lastDigit.falsePositiveRate()).isNull();
    assertThat(lastDigit.flagged()).isFalse();
    assertThat(lastDigit.threshold()).isEqualTo(DigitTests.ALPHA);

    DigitTestResult round = results.get(1);
    assertThat(round.ran()).isTrue();
    assertThat(round.statistic()).isEqualTo(new BigDecimal("5"));

    assertThat(TESTS.run(values.subList(0, 15))).noneMatch(DigitTestResult::ran);
    assertThat(TESTS.run(List.of())).allSatisfy(r -> assertThat(r.n()).isZero());
  }

  /**
   * Honest counts at a unit's size: over 4,000 seeded data sets the share flagged matches the false
   * -positive rate each result states, within four binomial standard deviations. Seeded, so the
   * outcome is the same on every run.
   */
  @Test
  void honestCountsAreFlaggedAtTheStatedRate_exact() {
    checkFlagRate(40, 4_000, DigitTestResult.Method.EXACT);
  }

  /** The same at a cohort's size, where the χ² approximation and simulated rates are used. */
  @Test
  void honestCountsAreFlaggedAtTheStatedRate_asymptotic() {
    checkFlagRate(150, 2_000, DigitTestResult.Method.ASYMPTOTIC);
  }

  private static void checkFlagRate(int n, int dataSets, DigitTestResult.Method lastDigitMethod) {
    SplittableRandom random = new SplittableRandom(1_800 + n);
    int[] flagged = new int[2];
    double[] stated = new double[2];
    for (int i = 0; i < dataSets; i++) {
      List<DigitTestResult> results = TESTS.run(Counts.honest(random, n));
      for (int t = 0; t < 2; t++) {
        DigitTestResult r = results.get(t);
        stated[t] = r.falsePositiveRate().doubleValue();
        if (r.flagged()) {
          flagged[t]++;
        }
      }
      assertThat(results.get(0).method()).isEqualTo(lastDigitMethod);
    }
    for (int t = 0; t < 2; t++) {
      double expected = dataSets * stated[t];
      double sd = Math.sqrt(expected * (1 - stated[t]));
      assertThat(stated[t]).isBetween(0.005, 0.0105);
      assertThat((double) flagged[t]).as("test %d", t).isCloseTo(expected, within(4 * sd));
    }
  }

  /**
   * Made-up counts: half of 40 values rounded to end in 0 or 5, the fabrication the minimum sizes
   * are built on. Both tests flag at about their exact power (at least 80 % by construction).
   */
  @Test
  void madeUpCountsAreFlaggedWithHighPower() {
    int n = 40;
    int dataSets = 1_000;
    double share = 0.5;
    SplittableRandom random = new SplittableRandom(5);
    int[] flagged = new int[2];
    for (int i = 0; i < dataSets; i++) {
      List<DigitTestResult> results = TESTS.run(Counts.madeUp(random, n, share));
      for (int t = 0; t < 2; t++) {
        flagged[t] += results.get(t).flagged() ? 1 : 0;
      }
    }
    double[] power = {Power.lastDigit(n, Counts.madeUpDigits(share)), Power.round(n, 0.6)};
    for (int t = 0; t < 2; t++) {
      assertThat(power[t]).isGreaterThan(0.95);
      double sd = Math.sqrt(dataSets * power[t] * (1 - power[t]));
      assertThat((double) flagged[t]).isCloseTo(dataSets * power[t], within(4 * sd + 1));
    }
  }

  /** A cohort of 400 with a quarter made up: a lighter fabrication, still found almost always. */
  @Test
  void aLighterFabricationIsFoundInACohort() {
    SplittableRandom random = new SplittableRandom(6);
    int found = 0;
    for (int i = 0; i < 50; i++) {
      List<DigitTestResult> results = TESTS.run(Counts.madeUp(random, 400, 0.25));
      found += results.get(0).flagged() && results.get(1).flagged() ? 1 : 0;
    }
    assertThat(found).isGreaterThanOrEqualTo(48);
  }

  @Test
  void sameInputSameOutput() {
    List<BigDecimal> values = Counts.honest(new SplittableRandom(9), 230);
    List<DigitTestResult> first = DigitTests.builder().build().run(values);
    List<DigitTestResult> second = DigitTests.builder().build().run(values);
    assertThat(first).isEqualTo(second);
    assertThat(first.get(0).method()).isEqualTo(DigitTestResult.Method.ASYMPTOTIC);
  }

  @Test
  void builderChecksItsSettings() {
    assertThatThrownBy(() -> DigitTests.builder().smallestCount(9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smallestCount must be >= 10, got 9");
    assertThatThrownBy(() -> DigitTests.builder().simulations(999).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 999");
    DigitTests custom = DigitTests.builder().smallestCount(100).seed(3).simulations(5_000).build();
    assertThat(custom.smallestCount()).isEqualTo(100);
    assertThat(custom.seed()).isEqualTo(3);
    assertThat(custom.simulations()).isEqualTo(5_000);
    assertThatThrownBy(() -> TESTS.run(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void resultsAreEitherCompleteOrEmpty() {
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(
            () ->
                new DigitTestResult(
                    DigitTest.ENDS_IN_0_OR_5,
                    20,
                    0,
                    16,
                    one,
                    one,
                    null,
                    null,
                    one,
                    one,
                    false,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DigitTestResult(
                    DigitTest.ENDS_IN_0_OR_5,
                    3,
                    0,
                    16,
                    null,
                    null,
                    null,
                    null,
                    one,
                    null,
                    true,
                    "few"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
