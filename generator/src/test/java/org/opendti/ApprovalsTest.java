package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.git.GitFixture;
import org.opendti.git.MainCommit;
import org.opendti.load.ApprovalsFile;
import org.opendti.load.internal.StrictJsonReader;
import org.opendti.model.Approvals;

/**
 * Issue #13: approvers come from the host's record of the pull request's approving reviews (the
 * approvals file), never from {@code Approved-by:} lines a pull request's author can write; without
 * the record they are unknown.
 */
class ApprovalsTest {

  private static final String A = "submissions/demo-xa/2023/demo-a.json";

  @TempDir Path tmp;
  private GitFixture git;
  private String merge;

  @BeforeEach
  void aMergeWhoseMessageClaimsAnApprover() throws Exception {
    Path repo = tmp.resolve("repo");
    Path base = Path.of(getClass().getResource("/fixtures/malformed/_base").toURI());
    git = GitFixture.init(Files.createDirectories(repo), tmp);
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        git.write(base.relativize(f).toString(), Files.readString(f));
      }
    }
    git.as("Maria", "maria@example.vn").commit("Data", GitFixture.at("2023-01-01T00:00:00Z"));
    git.git(GitFixture.at("2023-01-02T00:00:00Z"), "checkout", "-q", "-b", "unit-a");
    git.write(A, Files.readString(repo.resolve(A)).replace("\"n\": 7", "\"n\": 8"));
    git.as("Unit A", "a@example.vn").commit("More posts", GitFixture.at("2023-01-02T00:00:00Z"));
    git.git(GitFixture.at("2023-01-03T00:00:00Z"), "checkout", "-q", "main");
    merge =
        git.as("GitHub", "noreply@github.com")
            .mergeNoFf(
                "unit-a",
                "Merge pull request #12 from unit-a/more\n\nApproved-by: @forged\nReviewed-by: @forged",
                GitFixture.at("2023-01-03T00:00:00Z"));
  }

  @Test
  void withoutTheHostsRecordTheApproverIsUnknownNotTheMessagesClaim() {
    MainCommit last = lastChange(null);

    assertThat(last.approversKnown()).isFalse();
    assertThat(last.approvers()).isEmpty();
    assertThat(last.pullRequest()).isEqualTo(12);
  }

  @Test
  void theHostsRecordNamesTheApprovers() throws Exception {
    Path file = tmp.resolve("approvals.json");
    Files.writeString(
        file,
        "{\"commits\": {\""
            + merge
            + "\": {\"pullRequest\": 12, \"approvers\": [\"@ivan\", \"@anna\"]}}}");

    MainCommit last = lastChange(file);

    assertThat(last.approversKnown()).isTrue();
    assertThat(last.approvers()).containsExactly("@anna", "@ivan");
  }

  @Test
  void aBadRecordIsReportedAndTrustedForNothing() throws Exception {
    Path file = tmp.resolve("approvals.json");
    Files.writeString(
        file,
        "{\"commits\": {\""
            + merge
            + "\": {\"pullRequest\": -1, \"approvers\": [\"@ivan\", \"ivan; rm -rf\"]}}}");

    PipelineResult result = run(file);

    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.code().id().equals("approvals-shape"))
        .extracting(Diagnostic::pointer)
        .containsExactly(
            "/commits/" + merge + "/pullRequest", "/commits/" + merge + "/approvers/1");
    assertThat(result.provenance().get(A).lastChanged().approversKnown()).isFalse();
  }

  /**
   * The record grows by an entry per merge: at national scale it passes the 2 MiB of a repository
   * file and is still read (here 30,000 merges, about 2.6 MB), up to {@link
   * ApprovalsFile#MAX_BYTES}.
   */
  @Test
  void aRecordOfManyMergesIsReadWhole() throws Exception {
    StringBuilder json = new StringBuilder("{\"commits\": {");
    for (int i = 0; i < 30_000; i++) {
      json.append(
          String.format("\"%040x\": {\"pullRequest\": %d, \"approvers\": [\"@r\"]},", i, i + 1));
    }
    json.append('"')
        .append(merge)
        .append("\": {\"pullRequest\": 12, \"approvers\": [\"@ivan\"]}}}");
    Path file = tmp.resolve("approvals.json");
    Files.writeString(file, json);
    assertThat(Files.size(file)).isGreaterThan(StrictJsonReader.MAX_BYTES);

    MainCommit last = lastChange(file);

    assertThat(last.approversKnown()).isTrue();
    assertThat(last.approvers()).containsExactly("@ivan");
  }

  @Test
  void aRecordOverItsLimitIsReportedNotRead() throws Exception {
    Path file = tmp.resolve("approvals.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(ApprovalsFile.MAX_BYTES + 1);
    }

    ApprovalsFile.Result read = ApprovalsFile.read(file, "target/approvals.json");

    assertThat(read.approvals()).isEqualTo(Approvals.NONE);
    assertThat(read.diagnostics().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("file-too-large");
              assertThat(d.message(Lang.EN)).endsWith("more than the limit of 67,108,864 (64 MiB)");
            });
  }

  private MainCommit lastChange(Path approvals) {
    return run(approvals).provenance().get(A).lastChanged();
  }

  private PipelineResult run(Path approvals) {
    return Pipeline.builder()
        .repositoryRoot(git.dir)
        .gitProvenance("main")
        .approvals(approvals)
        .build()
        .check();
  }
}
