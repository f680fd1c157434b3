package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.insight.integrity.DigitTest;
import org.opendti.insight.integrity.DigitTestResult;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Framework;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Submission;
import org.opendti.score.Scorer;
import org.opendti.score.TestData;

/** Which reported values the digit tests see, per unit and pooled (issue #18). */
class IntegritySignalsTest {

  /** Criterion k: a count ratio a/b (b the shared denominator) and a money amount m. */
  private static Framework framework(int criteria) {
    List<org.opendti.model.Criterion> list = new ArrayList<>();
    for (int k = 1; k <= criteria; k++) {
      list.add(
          criterion(
              String.valueOf(k),
              "10",
              new Method.Ratio(List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.MAX),
              input("a", InputKind.COUNT),
              input("b", InputKind.COUNT),
              input("m", InputKind.MONEY)));
    }
    return TestData.framework(
        "1000", TestData.pillar("I", list.toArray(org.opendti.model.Criterion[]::new)));
  }

  private static Answer ratio(int k, long a, long b) {
    return answer(
        String.valueOf(k),
        in("a", num(Long.toString(a)), "b", num(Long.toString(b)), "m", num("500")));
  }

  @Test
  void onlyCountsEachValueOnceAndNotTheClaimsNotApplicable() {
    Framework fw = framework(4);
    Submission s =
        TestData.submission(
            "u",
            ratio(1, 120, 300),
            ratio(2, 250, 300),
            ratio(3, 120, 400),
            TestData.notApplicable("4"));
    assertThat(IntegritySignals.counts(fw, s))
        .extracting(BigDecimal::intValue)
        .containsExactly(120, 250, 300, 400);
  }

  @Test
  void eachUnitAndThePooledCountsAreTested() {
    Framework fw = framework(30);
    List<Submission> subs = new ArrayList<>();
    // u1: 30 criteria, 60 distinct counts, every one a multiple of 10: flagged by both tests.
    List<Answer> round = new ArrayList<>();
    List<Answer> few = new ArrayList<>();
    for (int k = 1; k <= 30; k++) {
      round.add(ratio(k, 100 + 10L * k, 1000 + 10L * k));
      if (k <= 5) {
        few.add(ratio(k, 11 + k, 50 + k));
      }
    }
    subs.add(TestData.submission("u1", round.toArray(Answer[]::new)));
    subs.add(TestData.submission("u2", few.toArray(Answer[]::new)));
    Dataset d = TestData.dataset(fw, subs, List.of());

    List<CohortIntegrity> all =
        new IntegritySignals().check(d, new Scorer().score(d, ArrivalTimes.none()));

    assertThat(all).hasSize(1);
    CohortIntegrity c = all.get(0);
    UnitIntegrity u1 = c.unit("u1").orElseThrow();
    assertThat(u1.values()).isEqualTo(60);
    assertThat(u1.results()).extracting(DigitTestResult::test).containsExactly(DigitTest.values());
    assertThat(u1.results()).allMatch(DigitTestResult::flagged);
    UnitIntegrity u2 = c.unit("u2").orElseThrow();
    assertThat(u2.values()).isEqualTo(10);
    assertThat(u2.results()).noneMatch(DigitTestResult::ran);
    assertThat(u2.results().get(0).reason()).contains("n = 10 < 26");
    // Pooled: all 70 values, only the 60 from 100 up are used.
    assertThat(c.pooled().values()).isEqualTo(70);
    assertThat(c.pooled().results()).allMatch(r -> r.n() == 60 && r.skipped() == 10);
    assertThat(c.pooled().unitId()).isNull();
  }
}
