package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.bool;
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

class SimpleMethodsTest {

  @Test
  void seed003item2_1_yesNo() {
    Criterion c =
        criterion("2.1", "20", new Method.YesNo("value"), input("value", InputKind.BOOLEAN));
    CriterionScore yes = scoreInputs(c, in("value", bool(true)));
    assertThat(yes.points()).isEqualByComparingTo("20");
    assertThat(yes.formula().plain()).isEqualTo("có → 20");
    assertThat(scoreInputs(c, in("value", bool(false))).points()).isEqualByComparingTo("0");
    // A number where a boolean belongs reads as missing, never throws.
    assertThat(scoreInputs(c, in("value", num("1"))).status())
        .isEqualTo(CriterionScore.Status.MISSING);
  }

  @Test
  void seed000itemVI_20_externalScore85of100times2() {
    Criterion c =
        criterion(
            "VI.20",
            "2",
            new Method.ExternalScore("value", dec("100")),
            input("value", InputKind.NUMBER));
    CriterionScore s = scoreInputs(c, in("value", num("85")));
    assertThat(s.points()).isEqualByComparingTo("1.7");
    assertThat(s.formula().plain()).isEqualTo("85 / 100 × 2 = 1.7");
  }

  @Test
  void seed004_assessedPointsCappedToMax() {
    Criterion c = TestData.assessed("1", "10");
    assertThat(scoreInputs(c, in("value", num("7.5"))).points()).isEqualByComparingTo("7.5");
    CriterionScore over = scoreInputs(c, in("value", num("12")));
    assertThat(over.points()).isEqualByComparingTo("10");
    assertThat(over.formula().plain()).isEqualTo("12 → 10");
  }

  @Test
  void seed002item6_eventDeductionOneMonthlyAndOneQuarterlyLate() {
    Criterion c = eventCriterion();
    CriterionScore s =
        scoreInputs(c, in("m", num("1"), "q", num("1"), "h", num("0"), "y", num("0")));
    assertThat(s.points()).isEqualByComparingTo("2.5"); // 5 × (1 − 0.2 − 0.3)
    assertThat(s.formula().plain())
        .isEqualTo("5 × (1 − 1 × 20% − 1 × 30% − 0 × 60% − 0 × 100%) = 2.5");
  }

  @Test
  void seed002item6_manyLateEntriesNeverBelowZero() {
    CriterionScore s =
        scoreInputs(
            eventCriterion(), in("m", num("4"), "q", num("2"), "h", num("0"), "y", num("0")));
    assertThat(s.points()).isEqualByComparingTo("0");
    // 5 × (1 − 0.8 − 0.6) = −2
    assertThat(s.formula().plain()).endsWith("= -2 → 0");
  }

  @Test
  void seed002item6_noLateEntriesFullPoints() {
    CriterionScore s =
        scoreInputs(
            eventCriterion(), in("m", num("0"), "q", num("0"), "h", num("0"), "y", num("0")));
    assertThat(s.points()).isEqualByComparingTo("5");
  }

  private static Criterion eventCriterion() {
    return criterion(
        "6",
        "5",
        new Method.EventDeduction(
            List.of(
                new Method.EventRate("m", dec("0.2")),
                new Method.EventRate("q", dec("0.3")),
                new Method.EventRate("h", dec("0.6")),
                new Method.EventRate("y", dec("1")))),
        input("m", InputKind.COUNT),
        input("q", InputKind.COUNT),
        input("h", InputKind.COUNT),
        input("y", InputKind.COUNT));
  }
}
