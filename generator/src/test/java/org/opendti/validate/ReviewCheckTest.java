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

  private static Review.Correction fix(
      String criterion, Map<String, Value> inputs, BigDecimal points, Boolean na, String reason) {
    return new Review.Correction(criterion, inputs, points, na, reason);
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
}
