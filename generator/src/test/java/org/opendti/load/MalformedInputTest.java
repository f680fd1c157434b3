package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;

/**
 * The malformed-input set: each case under {@code fixtures/malformed/<nn-name>/} overlays one bad
 * file on the valid mini-repository {@code _base} and names, in {@code expected.txt}, the one
 * diagnostic it must cause ({@code path:line:column code}). A case may hold {@code
 * pad-to-bytes.txt}: its file is then padded with spaces to that size (no 2 MiB file in git).
 */
class MalformedInputTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  static Path fixtures() {
    try {
      return Path.of(MalformedInputTest.class.getResource("/fixtures/malformed").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(fixtures())) {
      return dirs
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theSetIsLargeEnough() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void baseLoadsWithoutAnyDiagnostic(@TempDir Path repo) throws IOException {
    copy(fixtures().resolve("_base"), repo);

    LoadResult result = LOADER.load(repo);

    assertThat(result.diagnostics().all()).isEmpty();
    assertThat(result.dataset().registry().units()).hasSize(4);
    assertThat(result.dataset().registry().levels()).hasSize(3);
    assertThat(result.dataset().frameworks()).hasSize(1);
    assertThat(result.dataset().submissions()).hasSize(1);
    assertThat(result.dataset().reviews()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostic(String name, @TempDir Path repo) throws IOException {
    Path dir = fixtures().resolve(name);
    copy(fixtures().resolve("_base"), repo);
    copy(dir, repo);
    Files.delete(repo.resolve("expected.txt"));
    List<String> expected =
        Files.readAllLines(dir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
    if (Files.exists(dir.resolve("pad-to-bytes.txt"))) {
      long size = Long.parseLong(Files.readString(dir.resolve("pad-to-bytes.txt")).trim());
      Files.delete(repo.resolve("pad-to-bytes.txt"));
      pad(repo.resolve(expected.get(0).substring(0, expected.get(0).indexOf(':'))), size);
    }

    List<LoadResult> result = new ArrayList<>();
    assertThatCode(() -> result.add(LOADER.load(repo))).doesNotThrowAnyException();

    List<Diagnostic> diagnostics = result.get(0).diagnostics().all();
    assertThat(diagnostics)
        .as("%s", diagnostics.stream().map(diag -> diag.format(Lang.EN)).toList())
        .map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(diagnostics)
        .allSatisfy(d -> assertThat(d.message(Lang.EN)).isNotBlank().doesNotContain("Exception"));
    String badFile = expected.get(0).substring(0, expected.get(0).indexOf(':'));
    boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    assertThat(
            result.get(0).dataset().submissions().stream().anyMatch(s -> s.file().equals(badFile)))
        .as("a file with errors is left out of the dataset")
        .isEqualTo(!failed && badFile.equals("submissions/demo-xa/2023/demo-a.json"));
    Dataset dataset = result.get(0).dataset();
    if (failed) {
      switch (badFile) {
        case "criteria/demo-xa.json" -> assertThat(dataset.frameworks()).isEmpty();
        case "units/registry.json" -> assertThat(dataset.registry().units()).isEmpty();
        // Never who owns which unit from a policy with an error (a duplicate unit, last one wins).
        case "policy/access.json" -> assertThat(dataset.accessPolicy()).isEmpty();
        case "submissions/demo-xa/2023/demo-a.review.json" ->
            assertThat(dataset.reviews()).isEmpty();
        default -> assertThat(dataset.frameworks()).hasSize(1);
      }
    }
  }

  private static void pad(Path file, long size) throws IOException {
    byte[] content = Files.readAllBytes(file);
    byte[] padded = new byte[(int) size];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(content, 0, padded, 0, content.length);
    Files.write(file, padded);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          source -> {
            Path target = to.resolve(from.relativize(source).toString());
            try {
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
