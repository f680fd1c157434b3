package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;

/**
 * Semantic counterpart of the loader's malformed-input set: each case under {@code
 * fixtures/invalid/} overlays well-formed files with one mistake a unit could make (a path that
 * names another unit, a count of 7.5, a numerator above its denominator…) on the valid
 * mini-repository {@code fixtures/malformed/_base}, and {@code expected.txt} lists the errors the
 * whole pipeline must report, each as {@code file:line:column code}: no more, no fewer, no stack
 * trace.
 */
class InvalidInputSetTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES.resolve("invalid"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @Test
  void setIsLargeAndTheBaseIsClean(@TempDir Path repo) throws IOException {
    copy(FIXTURES.resolve("malformed/_base"), repo);

    PipelineResult result = Pipeline.builder().repositoryRoot(repo).build().check();

    assertThat(cases().count()).isGreaterThanOrEqualTo(15);
    assertThat(result.diagnostics().hasErrors()).isFalse();
    assertThat(result.scores()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseReportsExactlyItsErrors(Path dir, @TempDir Path repo) throws IOException {
    copy(FIXTURES.resolve("malformed/_base"), repo);
    copy(dir, repo);
    Files.delete(repo.resolve("expected.txt"));
    List<String> expected =
        Files.readAllLines(dir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();

    AtomicReference<PipelineResult> result = new AtomicReference<>();
    assertThatCode(() -> result.set(Pipeline.builder().repositoryRoot(repo).build().check()))
        .doesNotThrowAnyException();

    List<Diagnostic> errors =
        result.get().diagnostics().all().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .toList();
    assertThat(errors)
        .extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(errors).allSatisfy(d -> assertThat(d.hint(Lang.EN)).isNotBlank());
    // A file with an error is never scored.
    assertThat(result.get().scores())
        .noneMatch(s -> errors.stream().anyMatch(d -> d.file().equals(s.submissionFile())));
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
