package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;

/** Computed, self-assessed and reviewed points side by side ({@code docs/formats.md}, Review). */
class CriterionScorerTest {

  /** {@code 002_…} item 12: Điểm = 75,7% × 6, single percent input. */
  private static final Criterion VNEID =
      TestData.criterion(
          "12", "6", TestData.ratio(List.of("p"), List.of()), input("p", InputKind.PERCENT));

  /** {@code 002_…} item 3: qualification levels 5 / 4 / 3. */
  private static final Criterion STAFF =
      TestData.criterion(
          "3",
          "5",
          new Method.Choice(
              "value",
              List.of(
                  TestData.pointsOption("dai-hoc", "Đại học", "5"),
                  TestData.pointsOption("cao-dang", "Cao đẳng", "4"))),
          input("value", InputKind.CHOICE));

  private static CriterionScore score(Criterion c, Answer answer, Review.Correction... corr) {
    return TestData.scoreReviewed(c, answer, corr);
  }

  @Test
  void seed002item12_reviewCorrectsInputsAndIsRescored() {
    // The unit wrote 100% and 6 points; the inspection finds 75,7% (report 1992/BC-CATX).
    CriterionScore s =
        score(
            VNEID,
            answer("12", in("p", num("100")), "6"),
            TestData.inputsCorrection("12", in("p", num("75.7"))));
    assertThat(s.computed()).isEqualByComparingTo("6");
    assertThat(s.selfAssessed()).isEqualByComparingTo("6");
    assertThat(s.reviewed()).isEqualByComparingTo("4.54");
    assertThat(s.points()).isEqualByComparingTo("4.54");
    assertThat(s.status()).isEqualTo(CriterionScore.Status.SCORED);
    assertThat(s.reviewReason()).isEqualTo("Số liệu thực tế.");
    assertThat(s.formula().plain()).isEqualTo("75.7% × 6 = 4.542 ≈ 4.54");
  }

  @Test
  void seed002item3_reviewCorrectsPoints() {
    CriterionScore s =
        score(
            STAFF,
            answer("3", in("value", text("dai-hoc")), "5"),
            TestData.pointsCorrection("3", "4"));
    assertThat(s.computed()).isEqualByComparingTo("5");
    assertThat(s.reviewed()).isEqualByComparingTo("4");
    assertThat(s.points()).isEqualByComparingTo("4");
    assertThat(s.formula().plain()).isEqualTo("thẩm tra → 4");
  }

  @Test
  void unitsNotApplicableClaimStandsWithoutReview() {
    CriterionScore s = score(VNEID, TestData.notApplicable("12"));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.computed()).isNull();
  }

  @Test
  void reviewConfirmsNotApplicable() {
    CriterionScore s =
        score(VNEID, TestData.notApplicable("12"), TestData.naCorrection("12", true));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
    assertThat(s.reviewReason()).isEqualTo("Xác minh.");
  }

  @Test
  void reviewImposesNotApplicableOnAnAnsweredCriterion() {
    CriterionScore s =
        score(VNEID, answer("12", in("p", num("50"))), TestData.naCorrection("12", true));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
    assertThat(s.computed()).isEqualByComparingTo("3");
    assertThat(s.points()).isEqualByComparingTo("0");
  }

  @Test
  void reviewRejectsNotApplicableClaim_missingWithZero() {
    // formats.md: "false: the claim is rejected and the criterion scores 0 until answered".
    CriterionScore s =
        score(VNEID, TestData.notApplicable("12"), TestData.naCorrection("12", false));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.MISSING);
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.reviewReason()).isEqualTo("Xác minh.");
  }

  @Test
  void reviewRejectsClaimAndGivesInputs_scored() {
    CriterionScore s =
        score(
            VNEID,
            TestData.notApplicable("12"),
            TestData.inputsCorrection("12", in("p", num("50"))));
    assertThat(s.status()).isEqualTo(CriterionScore.Status.SCORED);
    assertThat(s.computed()).isNull();
    assertThat(s.points()).isEqualByComparingTo("3");
  }

  @Test
  void partialInputCorrectionKeepsTheOtherInputs() {
    Criterion c =
        TestData.criterion(
            "8",
            "10",
            TestData.ratio(List.of("a"), List.of("b")),
            input("a", InputKind.COUNT),
            input("b", InputKind.COUNT));
    CriterionScore s =
        score(
            c,
            answer("8", in("a", num("1000"), "b", num("1000"))),
            TestData.inputsCorrection("8", in("a", num("998"))));
    assertThat(s.points()).isEqualByComparingTo("9.98");
    assertThat(s.computed()).isEqualByComparingTo("10");
  }

  @Test
  void unansweredCriterionIsMissing() {
    CriterionScore s = score(VNEID, null);
    assertThat(s.status()).isEqualTo(CriterionScore.Status.MISSING);
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.selfAssessed()).isNull();
    assertThat(s.selfDifference()).isNull();
  }
}
