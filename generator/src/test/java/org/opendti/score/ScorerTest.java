package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Framework;
import org.opendti.model.Submission;

class ScorerTest {

  private static Framework fw(String id) {
    return TestData.framework(
        id,
        "10",
        Aggregation.DEFAULT,
        List.of(TestData.all()),
        TestData.pillar("I", TestData.assessed("1", "10")));
  }

  private static Submission sub(String framework, String unit, String points) {
    return TestData.submission(framework, unit, null, answer("1", in("value", num(points))));
  }

  @Test
  void sortedByFrameworkPeriodUnitAndUnknownFrameworksSkipped() {
    Dataset data =
        new Dataset(
            TestData.registry(
                TestData.sampleUnit("xa-mau", "Xã Mẫu", "xa", null),
                TestData.unit("xa-b", "Xã B", "xa", null)),
            List.of(fw("b-fw"), fw("a-fw")),
            List.of(
                sub("b-fw", "xa-b", "1"),
                sub("a-fw", "xa-mau", "2"),
                sub("a-fw", "xa-b", "3"),
                sub("khong-co", "xa-b", "4")),
            List.of());
    List<UnitScore> scores = new Scorer().score(data, ArrivalTimes.none());
    assertThat(scores)
        .extracting(u -> u.frameworkId() + "/" + u.unitId())
        .containsExactly("a-fw/xa-b", "a-fw/xa-mau", "b-fw/xa-b");
    assertThat(scores.get(0).total()).isEqualByComparingTo("3");
    assertThat(scores.get(0).sample()).isFalse();
    assertThat(scores.get(1).sample()).isTrue();
    assertThat(scores.get(1).submissionFile()).isEqualTo("submissions/a-fw/2023/xa-mau.json");
  }

  @Test
  void criteriaInDocumentOrderWithMaxAndBonusFlag() {
    Framework f =
        TestData.framework(
            "100",
            TestData.pillar("II", TestData.assessed("2.1", "50"), TestData.bonus("2.b", "5")),
            TestData.pillar("I", TestData.assessed("1.1", "50")));
    UnitScore u =
        new Scorer()
            .score(
                TestData.dataset(f, List.of(TestData.submission("u")), List.of()),
                ArrivalTimes.none())
            .get(0);
    assertThat(u.criteria())
        .extracting(CriterionScore::criterionId)
        .containsExactly("2.1", "2.b", "1.1");
    assertThat(u.criteria()).extracting(CriterionScore::bonus).containsExactly(false, true, false);
    assertThat(u.pillars()).extracting(PillarScore::pillarId).containsExactly("II", "I");
    assertThat(u.total()).isEqualByComparingTo("0");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Submission> subs =
        List.of(sub("a-fw", "xa-1", "3"), sub("a-fw", "xa-2", "4"), sub("b-fw", "xa-1", "5"));
    List<Submission> reversed = new java.util.ArrayList<>(subs);
    java.util.Collections.reverse(reversed);
    Scorer scorer = new Scorer();
    List<UnitScore> one =
        scorer.score(
            new Dataset(TestData.registry(), List.of(fw("a-fw"), fw("b-fw")), subs, List.of()),
            ArrivalTimes.none());
    List<UnitScore> two =
        scorer.score(
            new Dataset(TestData.registry(), List.of(fw("b-fw"), fw("a-fw")), reversed, List.of()),
            ArrivalTimes.none());
    assertThat(two).isEqualTo(one);
  }

  @Test
  void equalScoresOfDifferentUnitsAreOneObject() {
    Dataset data =
        new Dataset(
            TestData.registry(
                TestData.unit("xa-a", "Xã A", "xa", null),
                TestData.unit("xa-b", "Xã B", "xa", null),
                TestData.unit("xa-c", "Xã C", "xa", null)),
            List.of(fw("a-fw")),
            List.of(
                sub("a-fw", "xa-a", "2.50"), sub("a-fw", "xa-b", "2.50"), sub("a-fw", "xa-c", "3")),
            List.of());

    List<UnitScore> scores = new Scorer().score(data, ArrivalTimes.none());

    CriterionScore a = scores.get(0).criteria().get(0);
    CriterionScore b = scores.get(1).criteria().get(0);
    CriterionScore c = scores.get(2).criteria().get(0);
    assertThat(b).isSameAs(a);
    assertThat(scores.get(1).pillars().get(0)).isSameAs(scores.get(0).pillars().get(0));
    assertThat(c).isNotEqualTo(a);
    assertThat(c.points()).isEqualByComparingTo("3");
    assertThat(a.points().toPlainString()).isEqualTo("2.50");
    assertThat(scores.get(2).pillars().get(0)).isNotSameAs(scores.get(0).pillars().get(0));
  }
}
