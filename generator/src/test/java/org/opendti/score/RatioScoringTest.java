package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.scoreInputs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

class RatioScoringTest {

  private static Criterion ratio(String id, String max, Method.Ratio m) {
    return criterion(
        id,
        max,
        m,
        input("a", InputKind.COUNT),
        input("b", InputKind.COUNT),
        input("c", InputKind.COUNT),
        input("d", InputKind.COUNT),
        input("p", InputKind.PERCENT));
  }

  private static Method.Ratio plain() {
    return TestData.ratio(List.of("a"), List.of("b"));
  }

  private static Method.Ratio percent() {
    return TestData.ratio(List.of("p"), List.of());
  }

  @Test
  void seed002item8_998of1000times10is998() {
    CriterionScore s =
        scoreInputs(ratio("8", "10", plain()), in("a", num("998"), "b", num("1000")));
    assertThat(s.points()).isEqualByComparingTo("9.98");
    assertThat(s.formula().pattern()).isEqualTo("{0} / {1} × {2} = {3}");
    assertThat(s.formula().plain()).isEqualTo("998 / 1000 × 10 = 9.98");
  }

  @Test
  void seed002item8_percentInput99point80times10is998() {
    CriterionScore s = scoreInputs(ratio("8", "10", percent()), in("p", num("99.80")));
    assertThat(s.points()).isEqualByComparingTo("9.98");
    assertThat(s.formula().plain()).isEqualTo("99.8% × 10 = 9.98");
  }

  @Test
  void seed002item12_75point7percentTimes6Rounds4point54AndKeepsSelfScore6() {
    CriterionScore s =
        TestData.scoreOne(
            ratio("12", "6", percent()), TestData.answer("12", in("p", num("75.7")), "6"));
    assertThat(s.computed()).isEqualByComparingTo("4.54");
    assertThat(s.points()).isEqualByComparingTo("4.54");
    assertThat(s.points().scale()).isEqualTo(2);
    assertThat(s.selfAssessed()).isEqualByComparingTo("6");
    assertThat(s.selfDifference()).isEqualByComparingTo("1.46");
    assertThat(s.formula().plain()).isEqualTo("75.7% × 6 = 4.542 ≈ 4.54");
  }

  @Test
  void seed002item13_70percentAgainstTarget50GivesFull5() {
    CriterionScore s =
        scoreInputs(ratio("13", "5", TestData.percentTarget("0.5")), in("p", num("70")));
    assertThat(s.points()).isEqualByComparingTo("5");
    assertThat(s.formula().plain()).isEqualTo("min(70% / 50%, 1) × 5 = 5");
  }

  @Test
  void seed002item4_100percentAgainstTarget80GivesFull10() {
    CriterionScore s =
        scoreInputs(ratio("4", "10", TestData.percentTarget("0.8")), in("p", num("100")));
    assertThat(s.points()).isEqualByComparingTo("10");
  }

  @Test
  void seed003item4_7_target50percent() {
    Criterion c = ratio("4.7", "10", TestData.target("0.5"));
    assertThat(scoreInputs(c, in("a", num("3"), "b", num("10"))).points())
        .isEqualByComparingTo("6.00"); // 30% / 50% × 10
    assertThat(scoreInputs(c, in("a", num("6"), "b", num("10"))).points())
        .isEqualByComparingTo("10");
    assertThat(scoreInputs(c, in("a", num("3"), "b", num("10"))).formula().plain())
        .isEqualTo("min(3 / 10 / 50%, 1) × 10 = 6");
  }

  @Test
  void seed003item6_3_target80percentOnCompositeNumerator() {
    // 003_… 6.3: a = all dossiers, b + c = handled online; Tỷ lệ = (b+c)/a, ≥ 80% → max,
    // else Tỷ lệ/80% × max.
    Method.Ratio m =
        new Method.Ratio(
            List.of("b", "c"), List.of("a"), dec("0.8"), null, Method.ZeroDenominator.INVALID);
    Criterion c = ratio("6.3", "40", m);
    CriterionScore s = scoreInputs(c, in("a", num("100"), "b", num("30"), "c", num("30")));
    assertThat(s.points()).isEqualByComparingTo("30"); // 60% / 80% × 40
    assertThat(s.formula().plain()).isEqualTo("min((30 + 30) / 100 / 80%, 1) × 40 = 30");
    assertThat(scoreInputs(c, in("a", num("100"), "b", num("50"), "c", num("30"))).points())
        .isEqualByComparingTo("40");
  }

  @Test
  void seed003item7_1_target10percent() {
    Criterion c = ratio("7.1", "30", TestData.target("0.1"));
    assertThat(scoreInputs(c, in("a", num("4"), "b", num("80"))).points())
        .isEqualByComparingTo("15"); // 5% / 10% × 30
    assertThat(scoreInputs(c, in("a", num("8"), "b", num("80"))).points())
        .isEqualByComparingTo("30");
  }

  @Test
  void seed003item7_7_target0point25percent() {
    Criterion c = ratio("7.7", "20", TestData.target("0.0025"));
    // 1 tỷ of 1000 tỷ = 0.1% / 0.25% × 20 = 8
    CriterionScore s = scoreInputs(c, in("a", num("1"), "b", num("1000")));
    assertThat(s.points()).isEqualByComparingTo("8");
    assertThat(s.formula().plain()).isEqualTo("min(1 / 1000 / 0.25%, 1) × 20 = 8");
    assertThat(scoreInputs(c, in("a", num("3"), "b", num("1000"))).points())
        .isEqualByComparingTo("20");
  }

  @Test
  void seed003item6_5_floor60percent() {
    Method.Ratio m =
        new Method.Ratio(
            List.of("a"), List.of("b"), null, dec("0.6"), Method.ZeroDenominator.INVALID);
    Criterion c = ratio("6.5", "40", m);
    CriterionScore below = scoreInputs(c, in("a", num("59"), "b", num("100")));
    assertThat(below.points()).isEqualByComparingTo("0");
    assertThat(below.formula().plain()).isEqualTo("59 / 100 < 60% → 0");
    assertThat(scoreInputs(c, in("a", num("60"), "b", num("100"))).points())
        .isEqualByComparingTo("24"); // 0.6 × 40
    assertThat(scoreInputs(c, in("a", num("100"), "b", num("100"))).points())
        .isEqualByComparingTo("40");
    assertThat(scoreInputs(c, in("a", num("100"), "b", num("100"))).formula().plain())
        .isEqualTo("100 / 100 ≥ 100% → 40");
  }

  @Test
  void seed003item6_2_compositeRatio() {
    // 003_… 6.2: Tỷ lệ = (c+d)/(a+b), Điểm = Tỷ lệ × Điểm tối đa
    Criterion c = ratio("6.2", "40", TestData.ratio(List.of("c", "d"), List.of("a", "b")));
    CriterionScore s =
        scoreInputs(c, in("a", num("20"), "b", num("10"), "c", num("12"), "d", num("6")));
    assertThat(s.points()).isEqualByComparingTo("24"); // 18 / 30 × 40
    assertThat(s.formula().pattern()).isEqualTo("({0} + {1}) / ({2} + {3}) × {4} = {5}");
    assertThat(s.formula().plain()).isEqualTo("(12 + 6) / (20 + 10) × 40 = 24");
  }

  @Test
  void seed001_ratioCappedAtMax_ToiDaLe1Diem() {
    Criterion c = ratio("III.1", "1", plain());
    CriterionScore s = scoreInputs(c, in("a", num("12"), "b", num("10")));
    assertThat(s.points()).isEqualByComparingTo("1");
    assertThat(s.formula().plain()).isEqualTo("min(12 / 10, 1) × 1 = 1");
  }

  @Test
  void seed001_part3IV3_emptyDenominatorGivesMax() {
    Method.Ratio m =
        new Method.Ratio(List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.MAX);
    CriterionScore s = scoreInputs(ratio("IV.3", "1", m), in("a", num("0"), "b", num("0")));
    assertThat(s.points()).isEqualByComparingTo("1");
    assertThat(s.formula().plain()).isEqualTo("0 / 0 → 1");
  }

  @Test
  void zeroDenominatorMeaningZero() {
    Method.Ratio m =
        new Method.Ratio(List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.ZERO);
    CriterionScore s = scoreInputs(ratio("x", "5", m), in("a", num("0"), "b", num("0")));
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.status()).isEqualTo(CriterionScore.Status.SCORED);
  }

  @Test
  void twoThirdsRoundsHalfUpAndShowsOnlyTheRoundedValue() {
    CriterionScore s = scoreInputs(ratio("x", "10", plain()), in("a", num("2"), "b", num("3")));
    assertThat(s.points()).isEqualByComparingTo("6.67");
    assertThat(s.formula().plain()).isEqualTo("2 / 3 × 10 ≈ 6.67");
  }

  @Test
  void missingInputIsMissingWithZero() {
    CriterionScore s = scoreInputs(ratio("x", "10", plain()), in("a", num("2")));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.MISSING);
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.computed()).isNull();
  }

  @Test
  void pointsRoundHalfUp() {
    // formats.md: "Points per criterion are rounded to 2 decimals, half-up".
    CriterionScore s = scoreInputs(ratio("x", "1", plain()), in("a", num("1"), "b", num("8")));
    assertThat(s.points()).isEqualTo(dec("0.13"));
    assertThat(s.formula().plain()).isEqualTo("1 / 8 × 1 = 0.125 ≈ 0.13");
  }
}
