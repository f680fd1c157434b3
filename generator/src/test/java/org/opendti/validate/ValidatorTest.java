package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.TestData.answer;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Framework;
import org.opendti.model.Submission;

/** The facade: frameworks and submissions in one sorted report, and what is kept for scoring. */
class ValidatorTest {

  @Test
  void reportsFrameworksAndSubmissionsTogetherAndKeepsOnlyFilesWithoutErrors() {
    Framework f = Fixture.framework();
    Framework seed000 =
        TestData.framework(FrameworkCheckerTest.seedPillarII()).id("xa-000").build();
    Submission good = Fixture.submission(Fixture.answers());
    Submission bad =
        TestData.submission(
            "submissions/fw/2023/xa-b.json",
            "xa-b",
            "fw",
            "2023",
            Fixture.with(answer("1.3", inputs("n", num("2.5")))));
    Dataset data =
        new Dataset(TestData.registry(), List.of(f, seed000), List.of(good, bad), List.of());

    Diagnostics report = new Validator().validate(data, SourceIndex.empty());

    assertThat(report.all())
        .extracting(Diagnostic::file)
        .containsExactly(
            "criteria/xa-000.json",
            "criteria/xa-000.json",
            "criteria/xa-000.json",
            "submissions/fw/2023/xa-b.json");
    assertThat(report.hasErrors("criteria/xa-000.json")).isFalse();
    assertThat(report.hasErrors("submissions/fw/2023/xa-b.json")).isTrue();
    assertThat(Validator.accepted(data, report).submissions()).containsExactly(good);
  }

  @Test
  void frameworkFileFollowsTheFormat() {
    assertThat(Validator.frameworkFile("gia-lai-xa-2023"))
        .isEqualTo("criteria/gia-lai-xa-2023.json");
  }
}
