package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;

/** {@code 003_…} 4.6, 8.4, 8.5: "Min-Max" scored against the other units of the cohort. */
class CohortScoringTest {

  private static Criterion cohort(Method.CohortVariant variant) {
    return criterion(
        "4.6",
        "10",
        new Method.Cohort(List.of("a"), List.of("b"), variant),
        input("a", InputKind.COUNT),
        input("b", InputKind.COUNT));
  }

  private static Submission unit(String id, String a, String b) {
    return TestData.submission(id, answer("4.6", in("a", num(a), "b", num(b))));
  }

  private static Map<String, CriterionScore> score(
      Criterion c, List<Submission> subs, List<Review> reviews) {
    return new Scorer()
            .score(
                TestData.dataset(TestData.framework("10", TestData.pillar("IV", c)), subs, reviews),
                ArrivalTimes.none())
            .stream()
            .collect(Collectors.toMap(UnitScore::unitId, u -> u.criterion("4.6").orElseThrow()));
  }

  private static final List<Submission> THREE =
      List.of(unit("u1", "1", "2"), unit("u2", "3", "4"), unit("u3", "1", "4"));

  @Test
  void relativeToBest_xOverBestTimesMax() {
    Map<String, CriterionScore> s =
        score(cohort(Method.CohortVariant.RELATIVE_TO_BEST), THREE, List.of());
    assertThat(s.get("u2").points()).isEqualByComparingTo("10");
    assertThat(s.get("u1").points()).isEqualByComparingTo("6.67"); // 0.5 / 0.75 × 10
    assertThat(s.get("u3").points()).isEqualByComparingTo("3.33"); // 0.25 / 0.75 × 10
    assertThat(s.get("u1").formula().plain()).isEqualTo("(1 / 2) / 75% × 10 ≈ 6.67");
  }

  /** A subset scored alone is still scored against the whole cohort: the same scores. */
  @Test
  void scoringSomeSubmissionsKeepsTheWholeCohortAsTheReference() {
    var data =
        TestData.dataset(
            TestData.framework("10", TestData.pillar("IV", cohort(Method.CohortVariant.MIN_MAX))),
            THREE,
            List.of());
    List<UnitScore> all = new Scorer().score(data, ArrivalTimes.none());
    List<UnitScore> some =
        new Scorer().score(data, ArrivalTimes.none(), s -> s.unit().equals("u1"));
    assertThat(some).hasSize(1);
    assertThat(some.get(0)).isEqualTo(all.get(0));
    assertThat(some.get(0).criterion("4.6").orElseThrow().points()).isEqualByComparingTo("5");
  }

  @Test
  void minMax_shareOfTheRangeTimesMax() {
    Map<String, CriterionScore> s = score(cohort(Method.CohortVariant.MIN_MAX), THREE, List.of());
    assertThat(s.get("u2").points()).isEqualByComparingTo("10");
    assertThat(s.get("u1").points()).isEqualByComparingTo("5"); // (0.5 − 0.25) / (0.75 − 0.25)
    assertThat(s.get("u3").points()).isEqualByComparingTo("0");
    assertThat(s.get("u1").formula().plain()).isEqualTo("((1 / 2) − 25%) / (75% − 25%) × 10 = 5");
  }

  @Test
  void tiedBestUnitsBothGetMax() {
    List<Submission> subs =
        List.of(unit("u1", "3", "4"), unit("u2", "6", "8"), unit("u3", "1", "4"));
    Map<String, CriterionScore> rel =
        score(cohort(Method.CohortVariant.RELATIVE_TO_BEST), subs, List.of());
    assertThat(rel.get("u1").points()).isEqualByComparingTo("10");
    assertThat(rel.get("u2").points()).isEqualByComparingTo("10");
    Map<String, CriterionScore> mm = score(cohort(Method.CohortVariant.MIN_MAX), subs, List.of());
    assertThat(mm.get("u1").points()).isEqualByComparingTo("10");
    assertThat(mm.get("u2").points()).isEqualByComparingTo("10");
    assertThat(mm.get("u3").points()).isEqualByComparingTo("0");
  }

  @Test
  void allZeroCohortScoresZeroForEveryone() {
    List<Submission> subs =
        List.of(unit("u1", "0", "2"), unit("u2", "0", "4"), unit("u3", "0", "4"));
    for (Method.CohortVariant v : Method.CohortVariant.values()) {
      Map<String, CriterionScore> s = score(cohort(v), subs, List.of());
      assertThat(s.values()).allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("0"));
      assertThat(s.get("u1").formula().plain()).isEqualTo("x_best = 0% ≤ 0 → 0");
    }
  }

  @Test
  void minMaxWithAllEqualPositiveValuesGivesMaxToEveryone() {
    List<Submission> subs =
        List.of(unit("u1", "1", "2"), unit("u2", "2", "4"), unit("u3", "3", "6"));
    Map<String, CriterionScore> s = score(cohort(Method.CohortVariant.MIN_MAX), subs, List.of());
    assertThat(s.values()).allSatisfy(c -> assertThat(c.points()).isEqualByComparingTo("10"));
  }

  @Test
  void reviewedInputsReplaceTheUnitsOwnInTheCohort() {
    // u2's 3/4 is corrected to 1/4: the best is now u1's 1/2.
    Review review =
        TestData.review(
            THREE.get(1), TestData.inputsCorrection("4.6", in("a", num("1"), "b", num("4"))));
    Map<String, CriterionScore> s =
        score(cohort(Method.CohortVariant.RELATIVE_TO_BEST), THREE, List.of(review));
    assertThat(s.get("u1").points()).isEqualByComparingTo("10");
    assertThat(s.get("u2").reviewed()).isEqualByComparingTo("5");
    assertThat(s.get("u2").points()).isEqualByComparingTo("5");
    assertThat(s.get("u3").points()).isEqualByComparingTo("5");
  }

  @Test
  void singleNumberCohortWithoutDenominator() {
    Criterion c =
        criterion(
            "8.4",
            "10",
            new Method.Cohort(List.of("n"), List.of(), Method.CohortVariant.RELATIVE_TO_BEST),
            input("n", InputKind.COUNT));
    List<Submission> subs =
        List.of(
            TestData.submission("u1", answer("8.4", in("n", num("10")))),
            TestData.submission("u2", answer("8.4", in("n", num("40")))));
    List<UnitScore> scores =
        new Scorer()
            .score(
                TestData.dataset(
                    TestData.framework("10", TestData.pillar("VIII", c)), subs, List.of()),
                ArrivalTimes.none());
    CriterionScore u1 = scores.get(0).criterion("8.4").orElseThrow();
    assertThat(u1.points()).isEqualByComparingTo("2.5");
    assertThat(u1.formula().plain()).isEqualTo("10 / 40 × 10 = 2.5");
  }

  @Test
  void notApplicableUnitIsLeftOutOfTheCohort() {
    List<Submission> subs =
        List.of(
            unit("u1", "1", "2"),
            TestData.submission("u2", TestData.notApplicable("4.6")),
            unit("u3", "1", "4"));
    Map<String, CriterionScore> s =
        score(cohort(Method.CohortVariant.RELATIVE_TO_BEST), subs, List.of());
    assertThat(s.get("u1").points()).isEqualByComparingTo("10");
    assertThat(s.get("u3").points()).isEqualByComparingTo("5");
    assertThat(s.get("u2").status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
  }
}
