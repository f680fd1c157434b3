package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.insight.Insights;

/**
 * The insights kept in the render cache's folder (issue #17, target 3): a publish reuses the last
 * build's insights exactly when what they are computed from is unchanged, and whatever it does, its
 * insights equal those computed afresh from the same repository.
 */
class InsightsCacheTest {

  @TempDir Path tmp;
  private Path repo;
  private Path cache;

  /** The branch whose Git history gives the arrival times; null: none read. */
  private String mainRef;

  private int whatIfLimit = Integer.MAX_VALUE;

  @BeforeEach
  void cohort() throws IOException {
    repo = CacheFixture.repository(tmp.resolve("repo"));
    cache = tmp.resolve("render-cache");
  }

  /** What a publish with the cache said of its insights, and the insights it published. */
  private record Published(Text said, Insights insights) {
    boolean reused() {
      return said.key().equals("progress.insights-reused");
    }
  }

  /**
   * Publishes the repository with the render cache and checks that its insights equal those a run
   * without any cache computes.
   */
  private Published publish() throws IOException {
    List<Text> said = new ArrayList<>();
    PipelineResult result =
        pipeline().renderCache(cache).listener(said::add).build().publish(tmp.resolve("site"));
    Insights fresh = pipeline().build().checkWithInsights().insights();
    assertThat(result.insights()).isEqualTo(fresh);
    List<Text> stage =
        said.stream()
            .filter(
                t ->
                    t.key().equals("progress.insights")
                        || t.key().equals("progress.insights-reused"))
            .toList();
    assertThat(stage).hasSize(1);
    return new Published(stage.get(0), result.insights());
  }

  private Pipeline.Builder pipeline() {
    Pipeline.Builder b =
        Pipeline.builder()
            .repositoryRoot(repo)
            .templates(CacheFixture.PROJECT.resolve("site-templates"))
            .whatIfLimit(whatIfLimit);
    if (mainRef != null) {
      b.gitProvenance(mainRef);
    }
    return b;
  }

  private void edit(String path, java.util.function.UnaryOperator<String> change)
      throws IOException {
    CacheFixture.edit(repo, path, change);
  }

  /** Makes the repository {@link CacheFixture#gitRepository}, its history read from main. */
  private org.opendti.git.GitFixture withGitHistory() throws IOException {
    org.opendti.git.GitFixture git = CacheFixture.gitRepository(tmp);
    repo = git.dir;
    mainRef = "main";
    return git;
  }

  @Test
  void anUnchangedRepositoryReusesTheInsightsAndSaysSo() throws IOException {
    Published first = publish();
    assertThat(first.reused()).isFalse();
    assertThat(first.insights().whatIf()).isNotEmpty();
    assertThat(first.insights().rankIntervals()).isNotEmpty();

    Published second = publish();

    assertThat(second.reused()).isTrue();
    assertThat(second.said().in(Lang.VI)).startsWith("dùng lại phân tích của lần dựng trước");
    assertThat(second.said().in(Lang.EN)).startsWith("insights reused from the last build");
  }

  /** The rebuild the benchmark measures: one submission's preparer renamed. */
  @Test
  void aChangedContactReusesTheInsights() throws IOException {
    publish();
    edit(CacheFixture.SUBMISSION, json -> json.replaceFirst("Cán bộ mẫu ", "Cán bộ đổi "));

    assertThat(publish().reused()).isTrue();
  }

  @Test
  void aChangedInputComputesThemAgain() throws IOException {
    publish();
    CacheFixture.halveAnInput(repo);

    assertThat(publish().reused()).isFalse();
    assertThat(publish().reused()).isTrue();
  }

  /** A correction moves a score; then its reason alone changes. */
  @Test
  void aNewReviewComputesThemAgain() throws IOException {
    publish();
    Path review = CacheFixture.correctTheFirstCriterion(repo);

    assertThat(publish().reused()).isFalse();

    edit(
        review.toString().substring(repo.toString().length() + 1),
        j -> j.replace("Chưa có", "Thiếu"));

    assertThat(publish().reused()).isFalse();
  }

  @Test
  void aChangedFrameworkComputesThemAgain() throws IOException {
    publish();
    edit(
        "criteria/" + CacheFixture.XA + ".json",
        json -> json.replaceFirst("\"name\": \"", "\"name\": \"Đổi: "));

    assertThat(publish().reused()).isFalse();
  }

  @Test
  void aChangedUnitNameComputesThemAgain() throws IOException {
    publish();
    Path units;
    try (var files = Files.list(repo.resolve("units"))) {
      units =
          files
              .filter(p -> !p.getFileName().toString().equals("levels.json"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    edit(
        "units/" + units.getFileName(),
        json -> json.replaceFirst("\"name\" : \"", "\"name\" : \"Đổi tên "));

    assertThat(publish().reused()).isFalse();
  }

  @Test
  void aChangedWhatIfLimitComputesThemAgain() throws IOException {
    publish();
    whatIfLimit = 1;

    Published limited = publish();

    assertThat(limited.reused()).isFalse();
    assertThat(limited.insights().whatIf()).isEmpty();
  }

  /**
   * A new commit of one submission with the same data moves its arrival time, as every merged
   * change of a submission does. No criterion of its framework reads the arrival (its lateness
   * rules, if any, read a date input), so the insights are reused, and equal those computed afresh.
   */
  @Test
  void aNewCommitOfOneFileReusesThemWhenNoCriterionReadsTheArrival() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    publish();
    assertThat(publish().reused()).isTrue();
    CacheFixture.recommitOneFile(git);

    assertThat(publish().reused()).isTrue();
  }

  /**
   * Where a criterion is scored by lateness without a date input, the submission's arrival time
   * counts (seed {@code 002_53ee7987cf0e1a51.txt}: one point off per month late): a new commit of
   * one submission months later moves its points, and the insights are computed again.
   */
  @Test
  void aNewCommitComputesThemAgainWhereACriterionReadsTheArrival() throws IOException {
    org.opendti.git.GitFixture git = withGitHistory();
    CacheFixture.scoreTheFirstCriterionByArrival(git);
    git.commit("Criterion 1.1 by lateness of arrival", org.opendti.pullrequest.ReviewRepo.T1);
    publish();
    assertThat(publish().reused()).isTrue();
    java.math.BigDecimal onTime = total(CacheFixture.RECOMMITTED);

    CacheFixture.recommitOneFile(git, java.time.Instant.parse("2024-05-20T00:00:00Z"));

    assertThat(publish().reused()).isFalse();
    assertThat(total(CacheFixture.RECOMMITTED)).isLessThan(onTime);
    assertThat(publish().reused()).isTrue();
  }

  /** The total score of the submission in {@code file}. */
  private java.math.BigDecimal total(String file) {
    return pipeline().build().check().scores().stream()
        .filter(s -> s.submissionFile().equals(file))
        .findFirst()
        .orElseThrow()
        .total();
  }

  /** A damaged or foreign file is no cache: the insights are computed and the file replaced. */
  @Test
  void aDamagedFileIsComputedAgainAndReplaced() throws IOException {
    publish();
    Path file = cache.resolve("insights.bin");
    byte[] good = Files.readAllBytes(file);
    int header = 0;
    while (good[header] != '\n') {
      header++;
    }
    header++;
    byte[] foreignBody =
        concat(
            java.util.Arrays.copyOf(good, header),
            "{\"whatIf\":[]}".getBytes(StandardCharsets.UTF_8));
    byte[] otherKey = good.clone();
    otherKey[header - 2] = (byte) (otherKey[header - 2] == 'a' ? 'b' : 'a');
    for (byte[] damaged :
        List.of(
            foreignBody,
            java.util.Arrays.copyOf(good, good.length - 1),
            java.util.Arrays.copyOf(good, header + (good.length - header) / 2),
            otherKey,
            new byte[0])) {
      Files.write(file, damaged);

      assertThat(publish().reused()).as(damaged.length + " bytes").isFalse();
      assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }
  }

  /** A cache of the builds that kept the insights as JSON text: removed, never read. */
  @Test
  void theJsonFileOfEarlierBuildsIsRemoved() throws IOException {
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("insights.json"), "opendti insights 4 0\n{}");

    assertThat(publish().reused()).isFalse();
    assertThat(cache.resolve("insights.json")).doesNotExist();
    assertThat(cache.resolve("insights.bin")).exists();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
