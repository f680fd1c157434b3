package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.Fixture.REVIEW;
import static org.opendti.validate.Fixture.submission;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.n;
import static org.opendti.validate.TestData.num;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Review;
import org.opendti.model.Value;

/** Reviews: the inspection team's corrections ({@code 004_…} Điều 5). */
class ReviewCheckTest {

  private static Review review(String file, Review.Correction... corrections) {
    return new Review(
        file,
        "xa-a",
        "fw",
        "2023",
        new Contact("Đoàn kiểm tra", "Sở TT&TT", "Trưởng đoàn", null, null),
        LocalDate.parse("2024-01-10"),
        List.of(corrections));
  }

  /** A correction that records the fixture's answer as the one it corrected. */
  private static Review.Correction fix(
      String criterion, Map<String, Value> inputs, BigDecimal points, Boolean na, String reason) {
    return new Review.Correction(
        criterion,
        inputs,
        points,
        na,
        reason,
        Review.Was.of(answerOf(Fixture.answers(), criterion)));
  }

  private static java.util.Optional<Answer> answerOf(List<Answer> answers, String criterion) {
    return answers.stream().filter(a -> a.criterion().equals(criterion)).findFirst();
  }

  /** The fixture's answers with criterion 1.2 answered {@code a}, {@code b} instead. */
  private static List<Answer> answersWith12(String a, String b) {
    return Fixture.answers().stream()
        .map(
            x ->
                x.criterion().equals("1.2")
                    ? new Answer(
                        "1.2", inputs("a", num(a), "b", num(b)), null, List.of(), null, null)
                    : x)
        .toList();
  }

  private static Review withObjections(Review.Objection... objections) {
    Review r = review(REVIEW, fix("1.6", Map.of(), n("1"), null, "Chưa đủ hồ sơ."));
    return r.withObjections(List.of(objections));
  }

  private static List<Diagnostic> checkObjections(Review.Objection... objections) {
    return Fixture.validate(
        List.of(submission(Fixture.answers())), List.of(withObjections(objections)));
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<Diagnostic> check(Review.Correction... corrections) {
    return Fixture.validate(
        List.of(submission(Fixture.answers())), List.of(review(REVIEW, corrections)));
  }

  @Test
  void aCorrectReviewHasNoFindings() {
    assertThat(
            check(
                fix("1.2", inputs("a", num("30")), null, null, "Theo báo cáo 12/BC-UBND."),
                fix("1.6", Map.of(), n("1"), null, "Chưa đủ hồ sơ."),
                fix("1.7", Map.of(), null, false, "Xã có phát sinh.")))
        .isEmpty();
  }

  /**
   * Period 2023 runs from 15/11/2022: a review dated before that (a year typed wrong) is refused;
   * one dated on its first day is not.
   */
  @Test
  void aReviewIsNotDatedBeforeItsPeriodBegan() {
    assertFinding(
        checkDated("2022-11-14"),
        "review-before-period",
        Severity.ERROR,
        "/date",
        "dated 2022-11-14",
        "period 2023 began (2022-11-15..2023-11-14)");
    assertThat(checkDated("2022-11-15")).isEmpty();
  }

  /** A correct review of the fixture, dated {@code date}, checked. */
  private static List<Diagnostic> checkDated(String date) {
    Review ok = review(REVIEW, fix("1.6", Map.of(), n("1"), null, "Chưa đủ hồ sơ."));
    Review dated =
        new Review(
            ok.file(),
            ok.unit(),
            ok.framework(),
            ok.period(),
            ok.reviewer(),
            d(date),
            ok.corrections());
    return Fixture.validate(List.of(submission(Fixture.answers())), List.of(dated));
  }

  @Test
  void reviewWithoutSubmission() {
    List<Diagnostic> found =
        Fixture.validate(
            List.of(),
            List.of(review(REVIEW, fix("1.6", Map.of(), n("1"), null, "Chưa đủ hồ sơ."))));

    Diagnostic d =
        assertFinding(found, "review-without-submission", Severity.ERROR, "", "xa-a", "2023");
    assertThat(d.file()).isEqualTo(REVIEW);
  }

  @Test
  void reviewPathMustEndInReviewJson() {
    List<Diagnostic> found =
        Fixture.validate(
            List.of(submission(Fixture.answers())),
            List.of(
                review(
                    "submissions/fw/2023/xa-a.json",
                    fix("1.6", Map.of(), n("1"), null, "Lý do."))));

    assertFinding(found, "path-shape", Severity.ERROR, "", "xa-a.json", "<unit>.review.json");
  }

  @Test
  void correctionOfAnUnknownCriterion() {
    assertFinding(
        check(fix("9.9", Map.of(), n("1"), null, "Lý do.")),
        "unknown-criterion",
        Severity.ERROR,
        "/corrections/0/criterion",
        "9.9",
        "fw");
  }

  @Test
  void correctionMustChangeExactlyOneThing() {
    List<Diagnostic> none = check(fix("1.6", Map.of(), null, null, "Lý do."));
    assertFinding(
        none, "correction-shape", Severity.ERROR, "/corrections/0", "changes 0 things", "1.6");

    List<Diagnostic> two = check(fix("1.7", Map.of(), n("1"), true, "Lý do."));
    assertFinding(
        two, "correction-shape", Severity.ERROR, "/corrections/0", "changes 2 things", "1.7");
  }

  @Test
  void correctedPointsWithinTheMaximum() {
    assertFinding(
        check(fix("1.6", Map.of(), n("3"), null, "Lý do.")),
        "points-out-of-range",
        Severity.ERROR,
        "/corrections/0/points",
        "3 points",
        "0..2");
  }

  @Test
  void correctedInputsPassTheSameChecks() {
    assertFinding(
        check(fix("1.2", inputs("a", num("-3")), null, null, "Lý do.")),
        "input-out-of-range",
        Severity.ERROR,
        "/corrections/0/inputs/a",
        "-3",
        "0..∞");
  }

  /** The corrected numerator is checked against the submission's denominator. */
  @Test
  void correctedRatioAgainstTheAnswersDenominator() {
    assertFinding(
        check(fix("1.2", inputs("a", num("120")), null, null, "Lý do.")),
        "ratio-above-one",
        Severity.ERROR,
        "/corrections/0/inputs/a",
        "a = 120",
        "b = 100");
  }

  @Test
  void blankReason() {
    assertFinding(
        check(fix("1.6", Map.of(), n("1"), null, "")),
        "blank-reason",
        Severity.ERROR,
        "/corrections/0/reason",
        "1.6",
        "no reason");
  }

  @Test
  void notApplicableImposedWhereNotAllowed() {
    assertFinding(
        check(fix("1.3", Map.of(), null, true, "Lý do.")),
        "not-applicable-not-allowed",
        Severity.ERROR,
        "/corrections/0/notApplicable",
        "1.3",
        "không phát sinh");
  }

  @Test
  void sameCriterionCorrectedTwice() {
    assertFinding(
        check(
            fix("1.6", Map.of(), n("1"), null, "Lý do."),
            fix("1.6", Map.of(), n("2"), null, "Lý do khác.")),
        "duplicate-correction",
        Severity.ERROR,
        "/corrections/1/criterion",
        "1.6",
        "/corrections/0");
  }

  @Test
  void secondReviewOfTheSameSubmission() {
    Review.Correction c = fix("1.6", Map.of(), n("1"), null, "Lý do.");
    List<Diagnostic> found =
        Fixture.validate(
            List.of(submission(Fixture.answers())),
            List.of(review(REVIEW, c), review("submissions/fw/2023/xa-b.review.json", c)));

    Diagnostic d = assertFinding(found, "duplicate-review", Severity.ERROR, "", "xa-a", REVIEW);
    assertThat(d.file()).isEqualTo("submissions/fw/2023/xa-b.review.json");
  }

  /**
   * The case of issue 15: a reviewer corrected 1.2 ({@code a} 40 → 30) and the unit then changed
   * {@code a} to 49. The correction still counts, and both files say so, each naming the other.
   */
  @Test
  void aCorrectionWhoseAnswerChangedWarnsOnBothFiles() {
    Review r = review(REVIEW, fix("1.2", inputs("a", num("30")), null, null, "Theo hệ thống."));
    List<Diagnostic> found =
        Fixture.validate(List.of(submission(answersWith12("49", "100"))), List.of(r));

    Diagnostic onReview =
        assertFinding(
            found,
            "stale-correction",
            Severity.WARNING,
            "/corrections/0/was",
            "criterion 1.2",
            "answered a = 40; b = 100",
            "now answers a = 49; b = 100",
            Fixture.FILE);
    assertThat(onReview.file()).isEqualTo(REVIEW);
    Diagnostic onSubmission =
        assertFinding(
            found,
            "corrected-answer-changed",
            Severity.WARNING,
            "/answers/1.2",
            "from a = 40; b = 100 to a = 49; b = 100",
            REVIEW);
    assertThat(onSubmission.file()).isEqualTo(Fixture.FILE);
    assertThat(onSubmission.message(org.opendti.diagnostic.Lang.VI))
        .contains("đã đổi từ a = 40; b = 100 thành a = 49; b = 100");
  }

  /** Confirmed: the reviewer recorded the new answer; an equal number written 40.0 is the same. */
  @Test
  void aConfirmedCorrectionIsQuiet() {
    Review.Correction confirmed =
        new Review.Correction(
            "1.2",
            inputs("a", num("30")),
            null,
            null,
            "Theo hệ thống.",
            new Review.Was(inputs("a", num("49.0"), "b", num("100")), false));
    List<Diagnostic> found =
        Fixture.validate(
            List.of(submission(answersWith12("49", "100"))), List.of(review(REVIEW, confirmed)));
    assertThat(found).isEmpty();
  }

  @Test
  void aCorrectionThatDoesNotRecordTheAnswerIsNoted() {
    Review r =
        review(
            REVIEW, new Review.Correction("1.6", Map.of(), n("1"), null, "Chưa đủ hồ sơ.", null));
    List<Diagnostic> found =
        Fixture.validate(List.of(submission(answersWith12("49", "100"))), List.of(r));
    assertFinding(
        found, "unrecorded-correction", Severity.INFO, "/corrections/0/criterion", "1.6", "was");
  }

  @Test
  void openAndDecidedObjectionsAreAccepted() {
    assertThat(
            checkObjections(
                new Review.Objection("#12", "1.6", d("2024-02-01"), null, null, null),
                new Review.Objection(
                    "#13",
                    null,
                    d("2024-02-01"),
                    Review.Decision.PARTLY_UPHELD,
                    "Đã xác minh lại.",
                    d("2024-02-20"))))
        .isEmpty();
  }

  @Test
  void aDecidedObjectionGivesItsReasonAndDate() {
    assertFinding(
        checkObjections(
            new Review.Objection(
                "#12", "1.6", d("2024-02-01"), Review.Decision.REJECTED, null, null)),
        "objection-incomplete",
        Severity.ERROR,
        "/objections/0",
        "#12",
        "reason, decided");
  }

  @Test
  void anObjectionIsNotDecidedBeforeItArrives() {
    assertFinding(
        checkObjections(
            new Review.Objection(
                "#12", "1.6", d("2024-02-01"), Review.Decision.UPHELD, "Đúng.", d("2024-01-01"))),
        "objection-dates",
        Severity.ERROR,
        "/objections/0/decided",
        "#12",
        "decided on 2024-01-01",
        "received on 2024-02-01");
  }

  @Test
  void anObjectionNamesACriterionOfTheFrameworkOnce() {
    List<Diagnostic> found =
        checkObjections(
            new Review.Objection("#12", "9.9", d("2024-02-01"), null, null, null),
            new Review.Objection("#12", "1.6", d("2024-02-02"), null, null, null));
    assertFinding(found, "unknown-criterion", Severity.ERROR, "/objections/0/criterion", "9.9");
    assertFinding(
        found,
        "duplicate-objection",
        Severity.ERROR,
        "/objections/1/reference",
        "#12",
        "/objections/0");
  }
}
