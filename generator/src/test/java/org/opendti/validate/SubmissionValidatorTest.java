package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.Fixture.FILE;
import static org.opendti.validate.Fixture.submission;
import static org.opendti.validate.Fixture.validate;
import static org.opendti.validate.Fixture.with;
import static org.opendti.validate.TestData.answer;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.num;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Contact;
import org.opendti.model.Submission;

/** Paths, identity, duplicates, coverage, priority sectors, profile and contacts. */
class SubmissionValidatorTest {

  @Test
  void aCorrectSubmissionHasNoFindings() {
    assertThat(validate(submission(Fixture.answers()))).isEmpty();
  }

  @Test
  void pathMustNameTheUnit() {
    assertFinding(
        validate(submission("submissions/fw/2023/xa-b.json", "xa-a", "fw", "2023")),
        "path-mismatch",
        Severity.ERROR,
        "/unit",
        "\"xa-a\"",
        "\"xa-b\"");
  }

  @Test
  void pathMustNameTheFrameworkAndPeriod() {
    List<Diagnostic> found =
        validate(submission("submissions/fw/2024/xa-a.json", "xa-a", "fw", "2023"));

    assertFinding(found, "path-mismatch", Severity.ERROR, "/period", "\"2023\"", "\"2024\"");
  }

  @Test
  void pathShape() {
    assertFinding(
        validate(submission("submissions/fw/xa-a.json", "xa-a", "fw", "2023")),
        "path-shape",
        Severity.ERROR,
        "",
        "submissions/fw/xa-a.json",
        "submissions/<framework>/<period>/<unit>.json");
  }

  @Test
  void unknownFramework() {
    assertFinding(
        validate(submission("submissions/khac/2023/xa-a.json", "xa-a", "khac", "2023")),
        "unknown-framework",
        Severity.ERROR,
        "/framework",
        "khac",
        "frameworks: fw");
  }

  @Test
  void unknownUnitIsReportedEvenWithAnUnknownFramework() {
    List<Diagnostic> found =
        validate(submission("submissions/khac/2023/xa-z.json", "xa-z", "khac", "2023"));

    assertFinding(found, "unknown-unit", Severity.ERROR, "/unit", "xa-z");
    assertFinding(found, "unknown-framework", Severity.ERROR, "/framework", "khac");
  }

  @Test
  void unknownPeriod() {
    assertFinding(
        validate(submission("submissions/fw/2030/xa-a.json", "xa-a", "fw", "2030")),
        "unknown-period",
        Severity.ERROR,
        "/period",
        "2030",
        "periods: 2023");
  }

  @Test
  void unknownUnit() {
    assertFinding(
        validate(submission("submissions/fw/2023/xa-z.json", "xa-z", "fw", "2023")),
        "unknown-unit",
        Severity.ERROR,
        "/unit",
        "xa-z");
  }

  @Test
  void unitOfAnotherLevel() {
    assertFinding(
        validate(submission("submissions/fw/2023/huyen-a.json", "huyen-a", "fw", "2023")),
        "unit-level-mismatch",
        Severity.ERROR,
        "/unit",
        "level huyen",
        "level xa");
  }

  @Test
  void unitAbolishedBeforeThePeriod() {
    assertFinding(
        validate(submission("submissions/fw/2023/xa-gone.json", "xa-gone", "fw", "2023")),
        "unit-not-valid-in-period",
        Severity.ERROR,
        "/unit",
        "to 2021-12-31",
        "2022-11-15..2023-11-14");
  }

  @Test
  void unitCreatedAfterThePeriod() {
    assertFinding(
        validate(submission("submissions/fw/2023/xa-new.json", "xa-new", "fw", "2023")),
        "unit-not-valid-in-period",
        Severity.ERROR,
        "/unit",
        "from 2025-07-01",
        "2023-11-14");
  }

  @Test
  void unitAbolishedDuringThePeriod() {
    assertFinding(
        validate(submission("submissions/fw/2023/xa-cu.json", "xa-cu", "fw", "2023")),
        "unit-partly-valid-in-period",
        Severity.WARNING,
        "/unit",
        "to 2023-06-30",
        "2022-11-15..2023-11-14");
  }

  @Test
  void secondSubmissionOfTheSameUnitIsAnError() {
    Submission copy = submission("submissions/fw/2023/xa-a.json", "xa-a", "fw", "2023");
    Submission second = submission("submissions/fw/2023/xa-b.json", "xa-a", "fw", "2023");

    Diagnostic d =
        assertFinding(
            validate(copy, second), "duplicate-submission", Severity.ERROR, "", "xa-a", FILE);
    assertThat(d.file()).isEqualTo("submissions/fw/2023/xa-b.json");
  }

  @Test
  void answerForAnUnknownCriterion() {
    assertFinding(
        validate(submission(with(answer("9.9", inputs("value", TestData.bool(true)))))),
        "unknown-criterion",
        Severity.ERROR,
        "/answers/9.9",
        "9.9",
        "fw");
  }

  @Test
  void unansweredBaseCriterionIsAWarning() {
    assertFinding(
        validate(submission(Fixture.without("1.2"))),
        "missing-answer",
        Severity.WARNING,
        "/answers",
        "1.2",
        "0 of 2");
  }

  @Test
  void sectorCriterionWithoutNamingTheSector() {
    assertFinding(
        validate(submission(with(answer("S.1", inputs("value", TestData.bool(true)))))),
        "sector-not-named",
        Severity.ERROR,
        "/answers/S.1",
        "nong-nghiep",
        "no priority sector");
  }

  @Test
  void unknownSectorAndAnAnswerOfAnotherSector() {
    List<Diagnostic> found =
        validate(
            Fixture.withProfile(
                Map.of("population", num("7500")),
                "lam-nghiep",
                with(answer("S.1", inputs("value", TestData.bool(true))))));

    assertFinding(
        found,
        "unknown-priority-sector",
        Severity.ERROR,
        "/prioritySector",
        "lam-nghiep",
        "nong-nghiep");
    assertFinding(
        found, "wrong-sector", Severity.ERROR, "/answers/S.1", "nong-nghiep", "lam-nghiep");
  }

  @Test
  void namedSectorCriteriaMissing() {
    assertFinding(
        validate(
            Fixture.withProfile(
                Map.of("population", num("7500")), "nong-nghiep", Fixture.answers())),
        "missing-answer",
        Severity.WARNING,
        "/answers",
        "S.1",
        "priority sector nong-nghiep");
  }

  @Test
  void profileFields() {
    List<Diagnostic> missing =
        validate(Fixture.withProfile(Map.of("hamlets", num("7")), null, Fixture.answers()));
    assertFinding(
        missing, "missing-profile-field", Severity.ERROR, "/profile", "population", "required");
    assertFinding(
        missing,
        "unknown-profile-field",
        Severity.ERROR,
        "/profile/hamlets",
        "hamlets",
        "population");

    assertFinding(
        validate(Fixture.withProfile(Map.of("population", num("7.5")), null, Fixture.answers())),
        "input-not-whole",
        Severity.ERROR,
        "/profile/population",
        "7.5",
        "whole number");
    assertFinding(
        validate(
            Fixture.withProfile(
                Map.of("population", num("7"), "area", TestData.text("rộng")),
                null,
                Fixture.answers())),
        "input-wrong-type",
        Severity.ERROR,
        "/profile/area",
        "\"rộng\"",
        "a number");
  }

  /** The fixture's answers, from these preparer and approver. */
  private static Submission from(Contact preparer, Contact approver) {
    return new Submission(
        FILE,
        "xa-a",
        "fw",
        "2023",
        preparer,
        approver,
        Map.of("population", num("7500")),
        null,
        Fixture.answers());
  }

  @Test
  void emailShape() {
    List<Diagnostic> found =
        validate(
            from(
                new Contact(
                    "Nguyễn Văn A", "UBND xã", "Công chức", "0299 3822 123", "a.example.vn"),
                new Contact("Trần Thị B", null, "Chủ tịch", null, "b@")));

    assertThat(found)
        .allMatch(d -> d.code().id().equals("email-shape") && d.severity() == Severity.WARNING)
        .extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/preparer/email", "/approver/email");
    assertThat(found)
        .filteredOn(d -> d.pointer().equals("/preparer/email"))
        .singleElement()
        .satisfies(d -> assertThat(d.message(Lang.EN)).contains("\"a.example.vn\""));
  }

  /**
   * A phone someone can dial: 8 to 15 digits, grouped as people write them; words, a number cut
   * short or letters are said (a warning: the number is for the reviewers to call back).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "0269 3822 123|true",
        "0269.3822.123|true",
        "+84 912 345 678|true",
        "(0299) 3 000 000|true",
        "0912-345-678|true",
        "|true",
        "0299|false",
        "(không ghi)|false",
        "0912 345 678 máy lẻ 12|false",
        "84+912345678|false",
        "1234567890123456|false"
      })
  void phoneShape(String phone, boolean dialable) {
    List<Diagnostic> found =
        validate(
            from(
                new Contact(
                    "Nguyễn Văn A", "UBND xã", "Công chức", phone == null ? "" : phone, null),
                new Contact("Trần Thị B", null, "Chủ tịch", null, null)));

    if (dialable) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code().id()).isEqualTo("phone-shape");
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.pointer()).isEqualTo("/preparer/phone");
                assertThat(d.message(Lang.VI)).contains("\"" + phone + "\"");
              });
    }
  }
}
