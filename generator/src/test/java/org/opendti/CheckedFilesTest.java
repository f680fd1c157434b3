package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;

/**
 * The submissions checked with nothing found, kept in the render cache's folder (issue #17, target
 * 3): a publish skips a submission's own checks exactly when its bytes, the frameworks and the
 * registry are those it was checked with, and whatever it skips, it reports what a publish without
 * any cache reports, after each kind of change.
 */
class CheckedFilesTest {

  @TempDir Path tmp;
  private Path repo;
  private Path cache;

  @BeforeEach
  void cohort() throws IOException {
    repo = CacheFixture.repository(tmp.resolve("repo"));
    cache = tmp.resolve("render-cache");
  }

  /** What a publish with the cache said of its checks, and what it reported. */
  private record Published(Text said, List<Diagnostic> found) {
    int skipped() {
      return (Integer) said.args().get(0);
    }
  }

  /** Publishes with the render cache; checks it reports what a publish without one reports. */
  private Published publish() throws IOException {
    List<Text> said = new ArrayList<>();
    PipelineResult result =
        pipeline().renderCache(cache).listener(said::add).build().publish(tmp.resolve("site"));
    PipelineResult fresh = pipeline().build().publish(tmp.resolve("site-without-cache"));
    assertThat(result.diagnostics().all())
        .containsExactlyInAnyOrderElementsOf(fresh.diagnostics().all());
    assertThat(result.accepted()).isEqualTo(fresh.accepted());
    List<Text> stage = said.stream().filter(t -> t.key().equals("progress.check-cache")).toList();
    assertThat(stage).hasSize(1);
    return new Published(stage.get(0), result.diagnostics().all());
  }

  private Pipeline.Builder pipeline() {
    return Pipeline.builder()
        .repositoryRoot(repo)
        .templates(CacheFixture.PROJECT.resolve("site-templates"));
  }

  private void edit(String path, java.util.function.UnaryOperator<String> change)
      throws IOException {
    CacheFixture.edit(repo, path, change);
  }

  /** The submissions a run reports nothing about. */
  private long quiet(Published p) throws IOException {
    java.util.Set<String> said = new java.util.HashSet<>();
    p.found().forEach(d -> said.add(d.file()));
    try (var files = Files.walk(repo.resolve("submissions"))) {
      return files
          .map(f -> repo.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".json") && !f.endsWith(".review.json"))
          .filter(f -> !said.contains(f))
          .count();
    }
  }

  @Test
  void unchangedSubmissionsAreNotCheckedAgainAndTheRunSaysSo() throws IOException {
    Published first = publish();
    assertThat(first.skipped()).isZero();

    Published second = publish();

    assertThat(second.skipped()).isEqualTo(quiet(first)).isPositive();
    assertThat(second.said().in(Lang.VI))
        .startsWith("bộ nhớ đệm (" + cache + "): " + second.skipped() + " hồ sơ không đổi");
    assertThat(second.said().in(Lang.EN))
        .startsWith("check cache (" + cache + "): " + second.skipped() + " submissions unchanged");
  }

  /** A new warning is found and reported, and again in the next build: it is never kept. */
  @Test
  void aChangedSubmissionIsCheckedAndItsWarningReportedEveryTime() throws IOException {
    Published first = publish();
    edit(
        CacheFixture.SUBMISSION,
        json -> json.replaceFirst("\"email\" : \"[^\"]*\"", "\"email\" : \"không phải thư\""));

    Published second = publish();
    assertThat(second.skipped()).isEqualTo(quiet(first) - 1);
    assertThat(second.found())
        .anyMatch(
            d ->
                d.file().equals(CacheFixture.SUBMISSION)
                    && d.code() == org.opendti.diagnostic.Code.EMAIL_SHAPE);

    Published third = publish();
    assertThat(third.skipped()).isEqualTo(quiet(first) - 1);
    assertThat(third.found()).anyMatch(d -> d.file().equals(CacheFixture.SUBMISSION));
  }

  /** An error keeps the file out of the scores, with or without the cache. */
  @Test
  void aSubmissionMadeWrongIsCheckedAndRejected() throws IOException {
    publish();
    edit(
        CacheFixture.SUBMISSION,
        json -> json.replaceFirst("\"unit\" : \"[^\"]*\"", "\"unit\" : \"khong-co\""));

    Published after = publish();

    assertThat(after.found())
        .anyMatch(
            d ->
                d.file().equals(CacheFixture.SUBMISSION)
                    && d.severity() == org.opendti.diagnostic.Severity.ERROR);
  }

  @Test
  void aChangedFrameworkOrRegistryChecksEverySubmissionAgain() throws IOException {
    publish();
    edit(
        "criteria/" + CacheFixture.XA + ".json",
        json -> json.replaceFirst("\"name\": \"", "\"name\": \"Đổi: "));
    assertThat(publish().skipped()).isZero();
    assertThat(publish().skipped()).isPositive();

    String registry;
    try (var files = Files.list(repo.resolve("units"))) {
      registry =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("levels.json"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    edit("units/" + registry, json -> json.replaceFirst("\"name\" : \"", "\"name\" : \"Đổi tên "));
    assertThat(publish().skipped()).isZero();
  }

  /** A damaged file counts as none: every submission is checked, and the file written again. */
  @Test
  void aDamagedFileChecksEverySubmissionAndIsReplaced() throws IOException {
    publish();
    Path file = cache.resolve("checked.bin");
    byte[] good = Files.readAllBytes(file);
    for (byte[] damaged :
        List.of(
            java.util.Arrays.copyOf(good, good.length - 1),
            flipped(good, good.length / 2),
            flipped(good, 3),
            new byte[0])) {
      Files.write(file, damaged);

      assertThat(publish().skipped()).isZero();
      assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }
  }

  private static byte[] flipped(byte[] bytes, int at) {
    byte[] out = bytes.clone();
    out[at] ^= 0x20;
    return out;
  }
}
