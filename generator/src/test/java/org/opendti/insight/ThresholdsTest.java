package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.InvalidInputException;
import org.opendti.validate.Diagnostic;

class ThresholdsTest {

  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve(Thresholds.FILE);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, json);
  }

  @Test
  void withoutAFileTheDefaultsApply() {
    Thresholds t = Thresholds.load(dir);
    assertThat(t).isEqualTo(Thresholds.DEFAULTS);
    assertThat(t.movedCriterionShare()).isEqualByComparingTo("0.3");
    assertThat(t.movedTotalShare()).isEqualByComparingTo("0.15");
    assertThat(t.outlierZ()).isEqualByComparingTo("3.5");
    assertThat(t.outlierMinUnits()).isEqualTo(8);
    assertThat(t.evidenceDaysAfter()).isEqualTo(60);
  }

  @Test
  void theFileOverridesOnlyWhatItNames() throws IOException {
    write(
        """
        { "$schema": "../schemas/insight.schema.json",
          "movedTotalShare": 0.2, "rareNotApplicableMinUnits": 20 }
        """);
    Thresholds t = Thresholds.load(dir);
    assertThat(t.movedTotalShare()).isEqualByComparingTo("0.2");
    assertThat(t.rareNotApplicableMinUnits()).isEqualTo(20);
    assertThat(t.movedCriterionShare()).isEqualTo(Thresholds.DEFAULTS.movedCriterionShare());
    assertThat(t.evidenceShare()).isEqualTo(Thresholds.DEFAULTS.evidenceShare());
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    write(
        """
        { "movedTotalShare": "0.2", "outlierMinUnits": 7.5, "equalShare": 1.5, "zScore": 3 }
        """);
    assertThatThrownBy(() -> Thresholds.load(dir))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).diagnostics())
                    .extracting(Diagnostic::code, Diagnostic::pointer)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("not-a-number", "/movedTotalShare"),
                        org.assertj.core.groups.Tuple.tuple("out-of-range", "/outlierMinUnits"),
                        org.assertj.core.groups.Tuple.tuple("out-of-range", "/equalShare"),
                        org.assertj.core.groups.Tuple.tuple("unknown-key", "/zScore")));
  }

  @Test
  void duplicateKeysAndTrailingContentAreErrors() throws IOException {
    write("{ \"outlierZ\": 3, \"outlierZ\": 4 }");
    assertThatThrownBy(() -> Thresholds.load(dir))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Diagnostic d = ((InvalidInputException) e).diagnostics().get(0);
              assertThat(d.code()).isEqualTo("json-syntax");
              assertThat(d.file()).isEqualTo("policy/insight.json");
              assertThat(d.line()).isEqualTo(1);
            });
    write("{ \"outlierZ\": 3 } {}");
    assertThatThrownBy(() -> Thresholds.load(dir)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void thresholdsChangeWhatIsFlagged() {
    AnomalyFixture f = new AnomalyFixture();
    Thresholds loose =
        new Thresholds(
            new java.math.BigDecimal("0.005"),
            Thresholds.DEFAULTS.movedTotalShare(),
            Thresholds.DEFAULTS.outlierZ(),
            8,
            Thresholds.DEFAULTS.equalShare(),
            5,
            Thresholds.DEFAULTS.rareNotApplicableShare(),
            10,
            Thresholds.DEFAULTS.evidenceShare(),
            10,
            0,
            60);
    var data = f.dataset();
    var scores = new org.opendti.score.Scorer().score(data, org.opendti.score.ArrivalTimes.none());
    // Every ratio moved a little (one more case than last year, 0.04 to 0.1 points): 0.5% of 10
    // points catches some.
    assertThat(new AnomalyDetector(loose).detect(data, scores))
        .isNotEmpty()
        .allMatch(x -> x.code().equals(Flag.MOVED) && x.criterionId() != null);
  }
}
