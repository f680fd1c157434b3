package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.git.GitFixture;
import org.opendti.pullrequest.ReviewRepo;

class PipelineScopeTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-01-12T00:00:00Z"), ZoneOffset.UTC);
  private static final String SECOND = ReviewRepo.FOLDER + "mau-huyen-2.json";
  private static final String THIRD = ReviewRepo.FOLDER + "mau-huyen-3.json";

  @TempDir Path tmp;

  static Stream<Path> invalidCases() throws IOException {
    return InvalidInputSetTest.cases();
  }

  /**
   * Each case of the invalid-input set, as a change of its own files: the changed-files check
   * reports exactly what the full check reports for those files, located the same way; a case that
   * changes a framework or the registry is checked whole.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void givesTheFullChecksDiagnosticsOfTheChangedFiles(Path dir) throws IOException {
    Path repo = tmp.resolve("repo");
    copy(FIXTURES.resolve("malformed/_base"), repo);
    copy(dir, repo);
    Files.delete(repo.resolve("expected.txt"));
    List<String> changed = files(dir).stream().filter(f -> !f.equals("expected.txt")).toList();

    PipelineResult result = check(repo).check(Scope.changedFiles(changed));
    List<Diagnostic> full =
        Pipeline.builder().repositoryRoot(repo).build().check().diagnostics().all().stream()
            .filter(d -> result.scope().files().contains(d.file()))
            .toList();

    // A changed framework or registry file widens the check to the whole repository (Scope).
    assertThat(result.scope().whole())
        .isEqualTo(changed.stream().anyMatch(f -> !f.startsWith("submissions/")));
    // Registry files are read by every run and listed only when they have a diagnostic.
    assertThat(result.scope().files())
        .containsAll(changed.stream().filter(f -> !f.startsWith("units/")).toList());
    assertThat(result.diagnostics().hasErrors()).isTrue();
    assertThat(result.diagnostics().all()).containsExactlyElementsOf(full);
  }

  @Test
  void aChangedSubmissionReportsItsOwnProblemsAndNotAnUnchangedBadFile() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    // main already holds a broken file: not this pull request's business.
    git.write(THIRD, ReviewRepo.read(THIRD).replace("\"mau-huyen-3\"", "\"mau-huyen-9\""));
    git.commit("A bad file on main", ReviewRepo.T1);
    git.git(ReviewRepo.T1, "checkout", "-q", "-b", "pr");
    git.write(SECOND, ReviewRepo.read(SECOND).replace("\"a\" : 413", "\"a\" : -413"));
    git.commit("Change huyen 2", ReviewRepo.T1);

    PipelineResult result = check(git.dir).check(Scope.changedSince("main", true));
    List<Diagnostic> full = fullCheck(git.dir, SECOND);

    assertThat(result.scope().whole()).isFalse();
    assertThat(result.scope().files()).containsExactly(SECOND);
    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code())
        .containsExactly(SECOND + ":666:15 input-out-of-range");
    assertThat(result.diagnostics().all()).containsExactlyElementsOf(full);
    assertThat(fullCheck(git.dir, THIRD)).isNotEmpty();
  }

  @Test
  void anUncommittedEditCountsAsChanged() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.write(SECOND, ReviewRepo.read(SECOND).replace("\"a\" : 413", "\"a\" : -1"));

    PipelineResult result = check(git.dir).check(Scope.changedSince("HEAD", true));

    assertThat(result.scope().files()).containsExactly(SECOND);
    assertThat(result.diagnostics().all())
        .extracting(diag -> diag.code().id())
        .contains("input-out-of-range");
  }

  @Test
  void withoutTheWorkTreeOnlyCommittedChangesCount() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.write(SECOND, ReviewRepo.read(SECOND).replace("\"a\" : 413", "\"a\" : -1"));
    git.git(ReviewRepo.T1, "add", SECOND);
    git.write(ReviewRepo.FOLDER + "mau-huyen-7.json", "{}");

    PipelineResult clean = check(git.dir).check(Scope.changedSince("HEAD", false));
    git.git(ReviewRepo.T1, "commit", "-q", "-m", "edit");
    PipelineResult committed = check(git.dir).check(Scope.changedSince("HEAD~1", false));

    assertThat(clean.scope().files()).isEmpty();
    assertThat(committed.scope().files()).containsExactly(SECOND);
  }

  @Test
  void stagedAndNewFilesCountAsChangedAndAnUntouchedOneDoesNot() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.write(SECOND, ReviewRepo.read(SECOND).replace("\"a\" : 413", "\"a\" : -1"));
    git.git(ReviewRepo.T1, "add", SECOND);
    String added = ReviewRepo.FOLDER + "mau-huyen-7.json";
    git.write(added, "{}");
    // Rewritten with the same content: a new time, but nothing changed.
    git.write(THIRD, ReviewRepo.read(THIRD));

    PipelineResult result = check(git.dir).check(Scope.changedSince("HEAD", true));

    assertThat(result.scope().files()).containsExactly(SECOND, added);
    assertThat(result.diagnostics().all())
        .extracting(Diagnostic::file)
        .contains(SECOND, added)
        .doesNotContain(THIRD);
  }

  @Test
  void aChangedFrameworkChecksEveryFile() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.write(THIRD, ReviewRepo.read(THIRD).replace("\"mau-huyen-3\"", "\"mau-huyen-9\""));
    git.commit("A bad file on main", ReviewRepo.T1);
    String framework = "criteria/gia-lai-2023-huyen.json";
    git.write(framework, ReviewRepo.read(framework) + "\n");

    PipelineResult result = check(git.dir).check(Scope.changedSince("HEAD", true));

    assertThat(result.scope().whole()).isTrue();
    assertThat(result.scope().reason().in(Lang.EN)).startsWith(framework);
    assertThat(result.scope().files()).contains(SECOND, THIRD, framework);
    assertThat(result.diagnostics().all()).extracting(Diagnostic::file).contains(THIRD);
    assertThat(result.diagnostics().all())
        .isEqualTo(Pipeline.builder().repositoryRoot(git.dir).build().check().diagnostics().all());
  }

  @Test
  void aCohortSelfScoreIsNotComparedAndTheCheckSaysWhy() throws IOException {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    // 8.4 is scored against the best district (003_… 8.4): 0 points can only be a guess.
    git.write(
        SECOND,
        ReviewRepo.read(SECOND)
            .replace(
                "\"a\" : 413\n      }", "\"a\" : 413\n      },\n" + "      \"selfScore\" : 0"));

    PipelineResult result = check(git.dir).check(Scope.changedSince("HEAD", true));

    assertThat(fullCheck(git.dir, SECOND))
        .extracting(diag -> diag.code().id(), Diagnostic::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple("self-score-differs", "/answers/8.4/selfScore"));
    assertThat(result.diagnostics().all())
        .filteredOn(d -> d.pointer().equals("/answers/8.4/selfScore"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.code().id()).isEqualTo("self-score-not-compared");
              assertThat(d.line()).isEqualTo(668);
              assertThat(d.message(Lang.EN)).contains("8.4", "gia-lai-2023-huyen period 2023");
            });
  }

  @Test
  void aDeletedSubmissionLeavesItsReviewWithoutOne() throws IOException {
    Path repo = tmp.resolve("repo");
    copy(FIXTURES.resolve("malformed/_base"), repo);
    String submission = "submissions/demo-xa/2023/demo-a.json";
    Files.delete(repo.resolve(submission));

    PipelineResult result = check(repo).check(Scope.changedFiles(List.of(submission)));

    assertThat(result.scope().files())
        .containsExactly("submissions/demo-xa/2023/demo-a.review.json");
    assertThat(result.diagnostics().all())
        .extracting(diag -> diag.code().id())
        .containsExactly("review-without-submission");
  }

  /**
   * A changed scope skips the checks of unchanged frameworks (their findings concern only their own
   * file): the changed submission still gets exactly the full check's diagnostics and scores.
   */
  @Test
  void anUnchangedFrameworksFindingsAreSkippedWithoutChangingTheChangedFiles() throws IOException {
    Path repo = tmp.resolve("repo");
    copy(FIXTURES.resolve("malformed/_base"), repo);
    Path framework = repo.resolve("criteria/demo-xa.json");
    Files.writeString(
        framework,
        Files.readString(framework).replace("\"totalPoints\": 20", "\"totalPoints\": 21"));
    String submission = "submissions/demo-xa/2023/demo-a.json";

    PipelineResult changed = check(repo).check(Scope.changedFiles(List.of(submission)));
    PipelineResult full = check(repo).check();

    assertThat(full.diagnostics().forFile("criteria/demo-xa.json"))
        .extracting(d -> d.code().id())
        .contains("total-points-mismatch");
    assertThat(changed.scope().files()).contains(submission);
    assertThat(changed.diagnostics().all())
        .containsExactlyElementsOf(
            full.diagnostics().all().stream()
                .filter(d -> changed.scope().files().contains(d.file()))
                .toList());
    assertThat(changed.scores()).isNotEmpty();
    assertThat(changed.scores()).allSatisfy(score -> assertThat(full.scores()).contains(score));
  }

  /**
   * A whole run answers for every input file it read, the registry's included, so that the full
   * check's line of {@code dti:validate} counts what was read (it left out registry files without a
   * diagnostic).
   */
  @Test
  void aWholeRunListsEveryInputFileItRead() throws IOException {
    Path repo = tmp.resolve("repo");
    copy(FIXTURES.resolve("malformed/_base"), repo);

    PipelineResult result = check(repo).check();

    assertThat(result.scope().whole()).isTrue();
    assertThat(result.diagnostics().hasErrors()).isFalse();
    assertThat(result.scope().files()).containsExactlyElementsOf(files(repo));
    assertThat(result.scope().files()).contains("units/registry.json");
  }

  @Test
  void changesOutsideTheInputsCheckNothing() throws IOException {
    Path repo = tmp.resolve("repo");
    copy(FIXTURES.resolve("malformed/_base"), repo);

    PipelineResult result =
        check(repo).check(Scope.changedFiles(List.of("README.md", "site-templates/page.ftlh")));

    assertThat(result.scope().whole()).isFalse();
    assertThat(result.scope().files()).isEmpty();
    assertThat(result.diagnostics().all()).isEmpty();
  }

  private static Pipeline check(Path repo) {
    return Pipeline.builder().repositoryRoot(repo).clock(CLOCK).build();
  }

  private static List<Diagnostic> fullCheck(Path repo, String file) {
    return Pipeline.builder().repositoryRoot(repo).build().check().diagnostics().forFile(file);
  }

  private static Collection<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
