package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.score.UnitScore;

/**
 * The units' scores kept in the render cache's folder (issue #17, target 3): a publish reuses a
 * unit's last score exactly when what it is scored from is unchanged, and whatever it reuses, its
 * scores equal those a run without any cache computes, after each kind of change.
 */
class ScoreCacheTest {

  @TempDir Path tmp;
  private Path repo;
  private Path cache;

  @BeforeEach
  void cohort() throws IOException {
    repo = CacheFixture.repository(tmp.resolve("repo"));
    cache = tmp.resolve("render-cache");
  }

  /** What a publish with the cache said of its scores. */
  private record Published(Text said, List<UnitScore> scores) {
    int reused() {
      return (Integer) said.args().get(0);
    }

    int scored() {
      return (Integer) said.args().get(1);
    }
  }

  /** Publishes with the render cache; checks its scores equal those of a run without any cache. */
  private Published publish() throws IOException {
    List<Text> said = new ArrayList<>();
    PipelineResult result =
        pipeline().renderCache(cache).listener(said::add).build().publish(tmp.resolve("site"));
    assertThat(result.scores()).isEqualTo(pipeline().build().check().scores());
    List<Text> stage = said.stream().filter(t -> t.key().equals("progress.score-cache")).toList();
    assertThat(stage).hasSize(1);
    Published p = new Published(stage.get(0), result.scores());
    assertThat(p.reused() + p.scored()).isEqualTo(result.scores().size());
    return p;
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

  private long scoresOf(List<UnitScore> scores, String framework) {
    return scores.stream().filter(s -> s.frameworkId().equals(framework)).count();
  }

  @Test
  void anUnchangedRepositoryReusesEveryScoreAndSaysSo() throws IOException {
    Published first = publish();
    assertThat(first.reused()).isZero();
    assertThat(first.scores()).hasSizeGreaterThan(5);

    Published second = publish();

    assertThat(second.reused()).isEqualTo(first.scores().size());
    assertThat(second.said().in(Lang.VI))
        .startsWith("bộ nhớ đệm (" + cache + "): dùng lại điểm của " + second.reused() + " đơn vị");
    assertThat(second.said().in(Lang.EN))
        .startsWith("score cache (" + cache + "): " + second.reused() + " units' scores reused");
  }

  /** The rebuild the benchmark measures: one submission's preparer renamed. */
  @Test
  void aChangedContactScoresThatUnitAlone() throws IOException {
    publish();
    edit(CacheFixture.SUBMISSION, json -> json.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "));

    assertThat(publish().scored()).isEqualTo(1);
  }

  @Test
  void aChangedInputScoresThatUnitAgain() throws IOException {
    List<UnitScore> before = publish().scores();
    CacheFixture.halveAnInput(repo);

    Published after = publish();

    assertThat(after.scored()).isEqualTo(1);
    assertThat(after.scores()).isNotEqualTo(before);
  }

  /** A correction moves a score; then its reason alone changes, which the scorecard shows. */
  @Test
  void aNewOrChangedReviewScoresThatUnitAgain() throws IOException {
    publish();
    Path review = CacheFixture.correctTheFirstCriterion(repo);

    assertThat(publish().scored()).isEqualTo(1);

    edit(
        review.toString().substring(repo.toString().length() + 1),
        j -> j.replace("Chưa có", "Thiếu"));

    assertThat(publish().scored()).isEqualTo(1);
  }

  /**
   * Criterion 8.4 of the district framework is scored against the district with the highest value
   * ({@code 003_…} 8.4): a new highest value moves every district's points, so all are scored
   * again; the communes are not.
   */
  @Test
  void aNewBestValueOfACohortCriterionScoresItsCohortAgain() throws IOException {
    List<UnitScore> before = publish().scores();
    Pattern input = Pattern.compile("\"8\\.4\" : \\{\\s*\"inputs\" : \\{\\s*\"a\" : ([0-9.]+)");
    Path file;
    try (Stream<Path> files = Files.walk(repo.resolve("submissions/" + CacheFixture.HUYEN))) {
      file =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .filter(p -> !p.toString().endsWith(".review.json"))
              .filter(p -> input.matcher(read(p)).find())
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    edit(
        repo.relativize(file).toString(),
        json -> {
          Matcher m = input.matcher(json);
          assertThat(m.find()).isTrue();
          return json.substring(0, m.start(1)) + "987654321" + json.substring(m.end(1));
        });

    Published after = publish();

    String changed = repo.relativize(file).toString().replace('\\', '/');
    UnitScore district =
        before.stream().filter(s -> s.submissionFile().equals(changed)).findFirst().orElseThrow();
    long districtsOfThePeriod =
        before.stream().filter(s -> s.key().cohort().equals(district.key().cohort())).count();
    assertThat(districtsOfThePeriod).isGreaterThan(1);
    assertThat(after.scored()).isEqualTo((int) districtsOfThePeriod);
    assertThat(scoresOf(after.scores(), CacheFixture.XA)).isPositive();
  }

  @Test
  void aChangedFrameworkScoresEveryUnitAgain() throws IOException {
    publish();
    edit(
        "criteria/" + CacheFixture.XA + ".json",
        json -> json.replaceFirst("\"name\": \"", "\"name\": \"Đổi: "));

    assertThat(publish().reused()).isZero();
  }

  /** A damaged file counts as none: every unit is scored, and the file written again. */
  @Test
  void aDamagedFileScoresEveryUnitAndIsReplaced() throws IOException {
    publish();
    Path file = cache.resolve("scores.bin");
    byte[] good = Files.readAllBytes(file);
    byte[] damaged = good.clone();
    damaged[good.length - 20] ^= 0x40;
    Files.write(file, damaged);

    assertThat(publish().reused()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(good);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
