package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.Fixture.submission;
import static org.opendti.validate.Fixture.validate;
import static org.opendti.validate.Fixture.with;
import static org.opendti.validate.TestData.answer;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.bool;
import static org.opendti.validate.TestData.date;
import static org.opendti.validate.TestData.evidence;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.num;
import static org.opendti.validate.TestData.text;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Answer;

/** Inputs, ratios, not-applicable claims and evidence of one answer. */
class AnswerCheckTest {

  private static List<Diagnostic> validateWith(Answer a) {
    return validate(submission(with(a)));
  }

  @Test
  void missingInput() {
    assertFinding(
        validateWith(answer("1.2", inputs("a", num("3")))),
        "missing-input",
        Severity.ERROR,
        "/answers/1.2/inputs",
        "1.2 “Tỷ lệ hồ sơ trực tuyến”",
        "input b");
  }

  @Test
  void unknownInput() {
    assertFinding(
        validateWith(answer("1.2", inputs("a", num("3"), "b", num("4"), "c", num("1")))),
        "unknown-input",
        Severity.ERROR,
        "/answers/1.2/inputs/c",
        "input c",
        "a, b");
  }

  @Test
  void countMustBeWhole() {
    assertFinding(
        validateWith(answer("1.3", inputs("n", num("2.5")))),
        "input-not-whole",
        Severity.ERROR,
        "/answers/1.3/inputs/n",
        "2.5",
        "whole number ≥ 0");
  }

  @Test
  void countMustNotBeNegative() {
    assertFinding(
        validateWith(answer("1.3", inputs("n", num("-1")))),
        "input-out-of-range",
        Severity.ERROR,
        "/answers/1.3/inputs/n",
        "-1",
        "0..∞");
  }

  @Test
  void percentAtMostAHundred() {
    assertFinding(
        validateWith(answer("1.8", inputs("p", num("120")))),
        "input-out-of-range",
        Severity.ERROR,
        "/answers/1.8/inputs/p",
        "120",
        "0..100");
  }

  @Test
  void yesNoNeedsABoolean() {
    assertFinding(
        validateWith(answer("1.1", inputs("value", num("1")), evidence("plan", null, null))),
        "input-wrong-type",
        Severity.ERROR,
        "/answers/1.1/inputs/value",
        "the number 1",
        "true or false");
  }

  @Test
  void choiceMustBeAnOption() {
    assertFinding(
        validateWith(answer("1.4", inputs("value", text("giam-doc")))),
        "unknown-option",
        Severity.ERROR,
        "/answers/1.4/inputs/value",
        "\"giam-doc\"",
        "chu-tich, pho-chu-tich, khong");
  }

  @Test
  void dateMustBeADate() {
    assertFinding(
        validateWith(answer("1.5", inputs("d", text("15/5/2023")))),
        "input-wrong-type",
        Severity.ERROR,
        "/answers/1.5/inputs/d",
        "15/5/2023",
        "yyyy-MM-dd");
  }

  @Test
  void pointsAtMostTheMaximum() {
    assertFinding(
        validateWith(answer("1.6", inputs("value", num("3")))),
        "input-out-of-range",
        Severity.ERROR,
        "/answers/1.6/inputs/value",
        "is 3",
        "0..2");
  }

  @Test
  void dateInputOutsideThePeriodIsAWarning() {
    assertFinding(
        validateWith(answer("1.5", inputs("d", date("2024-02-01")))),
        "date-outside-period",
        Severity.WARNING,
        "/answers/1.5/inputs/d",
        "2024-02-01",
        "2022-11-15..2023-11-14");
  }

  /** {@code 003_…} 4.7 has a target of 50%: a share above 100% is still impossible. */
  @Test
  void numeratorAboveDenominatorEvenWithATarget() {
    assertFinding(
        validateWith(answer("1.2", inputs("a", num("60"), "b", num("50")))),
        "ratio-above-one",
        Severity.ERROR,
        "/answers/1.2/inputs/a",
        "a = 60",
        "b = 50",
        "target of 0.5");
  }

  @Test
  void zeroDenominatorWhereItIsInvalid() {
    assertFinding(
        validateWith(answer("1.2", inputs("a", num("0"), "b", num("0")))),
        "zero-denominator",
        Severity.ERROR,
        "/answers/1.2/inputs/b",
        "b = 0",
        "a = 0");
  }

  @Test
  void notApplicableWhereNotAllowed() {
    assertFinding(
        validateWith(TestData.notApplicable("1.3", "Không có.")),
        "not-applicable-not-allowed",
        Severity.ERROR,
        "/answers/1.3/notApplicable",
        "1.3",
        "không phát sinh");
  }

  @Test
  void notApplicableWithoutReason() {
    assertFinding(
        validateWith(TestData.notApplicable("1.7", " ")),
        "not-applicable-without-reason",
        Severity.ERROR,
        "/answers/1.7/notApplicable/reason",
        "1.7",
        "no reason");
  }

  @Test
  void inputsAndNotApplicable() {
    Answer both =
        new Answer(
            "1.7",
            inputs("value", bool(true)),
            null,
            List.of(),
            null,
            new Answer.NotApplicable("Không có."));

    assertFinding(
        validateWith(both),
        "inputs-and-not-applicable",
        Severity.ERROR,
        "/answers/1.7/inputs",
        "1.7",
        "value");
  }

  @Test
  void requiredEvidenceMissing() {
    assertFinding(
        validateWith(answer("1.1", inputs("value", bool(true)))),
        "missing-evidence",
        Severity.ERROR,
        "/answers/1.1",
        "1.1 “Ban hành kế hoạch chuyển đổi số”",
        "Kế hoạch của UBND xã");
  }

  @Test
  void evidenceOfAKindTheCriterionDoesNotAccept() {
    assertFinding(
        validateWith(answer("1.1", inputs("value", bool(true)), evidence("photo", null, null))),
        "evidence-kind",
        Severity.ERROR,
        "/answers/1.1/evidence/0/kind",
        "photo",
        "plan, decision");
  }

  @Test
  void unknownEvidenceKind() {
    assertFinding(
        validateWith(answer("1.1", inputs("value", bool(true)), evidence("video", null, null))),
        "unknown-evidence-kind",
        Severity.ERROR,
        "/answers/1.1/evidence/0/kind",
        "video");
  }

  @Test
  void evidenceDatedOutsideThePeriodIsAWarning() {
    assertFinding(
        validateWith(
            answer("1.1", inputs("value", bool(true)), evidence("plan", "2023-12-15", null))),
        "evidence-date-outside-period",
        Severity.WARNING,
        "/answers/1.1/evidence/0/date",
        "2023-12-15",
        "2022-11-15..2023-11-14");
  }

  @Test
  void evidenceLinkMustBeHttp() {
    List<Diagnostic> found =
        validateWith(
            answer(
                "1.1",
                inputs("value", bool(true)),
                evidence("plan", null, "javascript:alert(1)"),
                evidence("plan", null, "ftp://example.vn/a.pdf"),
                evidence("plan", null, "http://example.vn/a.pdf")));

    List<Diagnostic> links =
        found.stream().filter(d -> d.code().id().equals("evidence-url-scheme")).toList();
    assertThat(links)
        .extracting(Diagnostic::pointer)
        .containsExactly("/answers/1.1/evidence/0/url", "/answers/1.1/evidence/1/url");
    assertThat(links).allMatch(d -> d.severity() == Severity.ERROR);
    assertThat(links.get(0).message(Lang.EN)).contains("javascript:alert(1)", "http or https");
  }

  /** {@code 002_…} item 12 writes 6 points against its own formula; above the maximum is odd. */
  @Test
  void selfScoreAboveTheMaximumIsAWarning() {
    Answer a =
        new Answer("1.6", inputs("value", num("1")), TestData.n("2.5"), List.of(), null, null);

    assertFinding(
        validateWith(a),
        "self-score-out-of-range",
        Severity.WARNING,
        "/answers/1.6/selfScore",
        "2.5",
        "0..2");
  }

  @Test
  void notApplicableNeedsNoEvidenceButItsLinksAreChecked() {
    Answer na =
        new Answer(
            "1.1",
            Map.of(),
            null,
            List.of(evidence("plan", null, "data:text/html,x")),
            null,
            new Answer.NotApplicable("Không có."));

    List<Diagnostic> found = validateWith(na);

    assertThat(found).noneMatch(d -> d.code().id().equals("missing-evidence"));
    assertFinding(
        found,
        "evidence-url-scheme",
        Severity.ERROR,
        "/answers/1.1/evidence/0/url",
        "data:text/html,x");
  }

  @Test
  void pointersEscapeCriterionIds() {
    Answer odd = answer("a/b", Map.of());

    assertFinding(validateWith(odd), "unknown-criterion", Severity.ERROR, "/answers/a~1b", "a/b");
  }
}
