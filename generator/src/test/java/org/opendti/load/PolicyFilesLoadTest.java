package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.model.AccessPolicy;
import org.opendti.model.InsightThresholds;

/**
 * The policy files are input files like any other: read strictly, checked against their schema,
 * every problem reported with its line and column, and joined to the one report of the load.
 */
class PolicyFilesLoadTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  @TempDir Path repo;

  private void write(String path, String json) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  @Test
  void withoutPolicyFilesTheDefaultsApply() {
    LoadResult loaded = LOADER.load(repo);

    assertThat(loaded.dataset().thresholds()).isEqualTo(InsightThresholds.DEFAULTS);
    assertThat(loaded.dataset().accessPolicy()).isEmpty();
    InsightThresholds t = loaded.dataset().thresholds();
    assertThat(t.movedCriterionShare()).isEqualByComparingTo("0.3");
    assertThat(t.movedTotalShare()).isEqualByComparingTo("0.15");
    assertThat(t.outlierZ()).isEqualByComparingTo("3.5");
    assertThat(t.outlierMinUnits()).isEqualTo(8);
    assertThat(t.evidenceDaysAfter()).isEqualTo(60);
  }

  @Test
  void theThresholdsFileOverridesOnlyWhatItNames() throws IOException {
    write(
        InsightThresholds.FILE,
        """
        { "$schema": "../schemas/insight.schema.json",
          "movedTotalShare": 0.2, "rareNotApplicableMinUnits": 20 }
        """);

    LoadResult loaded = LOADER.load(repo);

    assertThat(loaded.diagnostics().all()).isEmpty();
    InsightThresholds t = loaded.dataset().thresholds();
    assertThat(t.movedTotalShare()).isEqualByComparingTo("0.2");
    assertThat(t.rareNotApplicableMinUnits()).isEqualTo(20);
    assertThat(t.movedCriterionShare()).isEqualTo(InsightThresholds.DEFAULTS.movedCriterionShare());
    assertThat(t.evidenceShare()).isEqualTo(InsightThresholds.DEFAULTS.evidenceShare());
  }

  @Test
  void everyProblemOfTheThresholdsIsReportedAtItsPlace() throws IOException {
    write(
        InsightThresholds.FILE,
        """
        {
          "movedTotalShare": "0.2",
          "outlierMinUnits": 7.5,
          "equalShare": 1.5,
          "zScore": 3
        }
        """);

    LoadResult loaded = LOADER.load(repo);

    assertThat(loaded.diagnostics().all())
        .extracting(Diagnostic::file, Diagnostic::pointer, Diagnostic::line)
        .containsExactlyInAnyOrder(
            tuple(InsightThresholds.FILE, "/movedTotalShare", 2),
            tuple(InsightThresholds.FILE, "/outlierMinUnits", 3),
            tuple(InsightThresholds.FILE, "/equalShare", 4),
            tuple(InsightThresholds.FILE, "/zScore", 5));
    assertThat(loaded.dataset().thresholds()).isEqualTo(InsightThresholds.DEFAULTS);
  }

  @Test
  void duplicateKeysAndTrailingContentInThePolicyAreErrors() throws IOException {
    write(InsightThresholds.FILE, "{ \"outlierZ\": 3, \"outlierZ\": 4 }");
    assertThat(LOADER.load(repo).diagnostics().all())
        .extracting(diag -> diag.code().id(), Diagnostic::line)
        .containsExactly(tuple("duplicate-key", 1));

    write(InsightThresholds.FILE, "{ \"outlierZ\": 3 } {}");
    assertThat(LOADER.load(repo).diagnostics().hasErrors()).isTrue();
  }

  @Test
  void theAccessPolicyIsReadAndEveryProblemReported() throws IOException {
    write(
        AccessPolicy.FILE,
        """
        {
          "maintainers": [],
          "reviewers": ["not an account"],
          "maintainerPaths": ["/abs"],
          "units": { "Bad Id": ["@a"] }
        }
        """);

    LoadResult loaded = LOADER.load(repo);

    assertThat(loaded.diagnostics().all())
        .extracting(Diagnostic::pointer, Diagnostic::line)
        .contains(
            tuple("/maintainers", 2), tuple("/reviewers/0", 3), tuple("/maintainerPaths/0", 4));
    assertThat(loaded.diagnostics().all()).extracting(Diagnostic::line).doesNotContain(0);
    assertThat(loaded.dataset().accessPolicy()).isEmpty();
  }

  @Test
  void aValidAccessPolicyIsMapped() throws IOException {
    write(
        AccessPolicy.FILE,
        """
        { "maintainers": ["@opendti/maintainers"], "reviewers": ["@ivan"],
          "maintainerPaths": ["pom.xml"], "units": { "a": ["@alice", "@opendti/a"] } }
        """);

    AccessPolicy p = LOADER.load(repo).dataset().accessPolicy().orElseThrow();

    assertThat(p.maintainers()).containsExactly("@opendti/maintainers");
    assertThat(p.owners("a")).containsExactly("@alice", "@opendti/a");
    assertThat(p.maintainerPaths()).containsExactly("pom.xml");
  }

  @Test
  void anotherJsonFileInThePolicyFolderIsNamed() throws IOException {
    write("policy/acess.json", "{}");

    assertThat(LOADER.load(repo).diagnostics().all())
        .extracting(diag -> diag.code().id(), Diagnostic::file)
        .containsExactly(tuple("ignored-file", "policy/acess.json"));
  }
}
