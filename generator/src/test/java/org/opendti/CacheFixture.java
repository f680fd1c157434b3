package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendti.synth.CohortSpec;
import org.opendti.synth.SampleCohorts;

/**
 * The repository the cache tests rebuild ({@code RenderCacheTest}, {@code InsightsCacheTest}): a
 * sample province of two frameworks (communes and districts), and the edits they make to it.
 */
final class CacheFixture {

  static final Path PROJECT = Path.of("..");
  static final String XA = "gia-lai-2023-xa";
  static final String HUYEN = "gia-lai-2023-huyen";

  /** The submission the tests change. */
  static final String SUBMISSION = "submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json";

  private CacheFixture() {}

  /** Writes the sample repository into {@code repo}. */
  static Path repository(Path repo) throws IOException {
    Files.createDirectories(repo.resolve("criteria"));
    Files.createDirectories(repo.resolve("units"));
    for (String fw : List.of(XA, HUYEN)) {
      Files.copy(
          PROJECT.resolve("criteria/" + fw + ".json"), repo.resolve("criteria/" + fw + ".json"));
    }
    Files.copy(PROJECT.resolve("units/levels.json"), repo.resolve("units/levels.json"));
    SampleCohorts.generate(repo, List.of(XA, HUYEN), new CohortSpec("mau", "Tỉnh Mẫu", 0, 2, 3, 7))
        .writeTo(repo);
    return repo;
  }

  /** {@link #SUBMISSION} with its first input "a" halved: its score, ranks and what-if move. */
  static void halveAnInput(Path repo) throws IOException {
    Path file = repo.resolve(SUBMISSION);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"a\" : ([1-9][0-9]*)").matcher(json);
    assertThat(m.find()).isTrue();
    Files.writeString(
        file,
        json.substring(0, m.start(1))
            + (Integer.parseInt(m.group(1)) / 2)
            + json.substring(m.end(1)),
        StandardCharsets.UTF_8);
  }

  /**
   * Writes a review of {@link #SUBMISSION} that corrects its first criterion to 0 points, and
   * returns the review's file and text.
   */
  static Path correctTheFirstCriterion(Path repo) throws IOException {
    Matcher first =
        Pattern.compile("\"answers\" : \\{\\s*\"([^\"]+)\"")
            .matcher(Files.readString(repo.resolve(SUBMISSION), StandardCharsets.UTF_8));
    assertThat(first.find()).isTrue();
    Path review = repo.resolve(SUBMISSION.replace(".json", ".review.json"));
    Files.writeString(
        review,
        """
        {
          "unit" : "mau-huyen-1-xa-2",
          "framework" : "gia-lai-2023-xa",
          "period" : "2023",
          "reviewer" : { "name" : "Đoàn kiểm tra (mẫu)", "office" : "Sở", "title" : "Trưởng đoàn" },
          "date" : "2023-12-15",
          "corrections" : [
            { "criterion" : "%s", "points" : 0, "reason" : "Chưa có tài liệu kiểm chứng." }
          ]
        }
        """
            .formatted(first.group(1)),
        StandardCharsets.UTF_8);
    return review;
  }

  /**
   * A Git repository of submissions with a history (the pull-request tests' {@code ReviewRepo}).
   */
  static org.opendti.git.GitFixture gitRepository(Path tmp) throws IOException {
    return org.opendti.pullrequest.ReviewRepo.create(tmp.resolve("git"), tmp);
  }

  /**
   * Merges a new commit of one submission of {@link #gitRepository} with the same data (an empty
   * line added at its end): only that file's provenance and arrival time change.
   */
  static void recommitOneFile(org.opendti.git.GitFixture git) throws IOException {
    recommitOneFile(git, org.opendti.pullrequest.ReviewRepo.T1);
  }

  /** {@link #recommitOneFile(org.opendti.git.GitFixture)}, merged at {@code when}. */
  static void recommitOneFile(org.opendti.git.GitFixture git, java.time.Instant when)
      throws IOException {
    git.write(RECOMMITTED, org.opendti.pullrequest.ReviewRepo.read(RECOMMITTED) + "\n");
    git.commit("Merge pull request #7 from huyen-2/fix\n\nApproved-by: @ivan", when);
  }

  /**
   * Writes the district framework with its first criterion scored by lateness of arrival, one point
   * off per month (seed {@code 002_53ee7987cf0e1a51.txt}), uncommitted: a framework that reads the
   * submissions' arrival times ({@code Framework.readsArrival}).
   */
  static void scoreTheFirstCriterionByArrival(org.opendti.git.GitFixture git) throws IOException {
    String framework = "criteria/gia-lai-2023-huyen.json";
    String json = Files.readString(git.dir.resolve(framework), StandardCharsets.UTF_8);
    Matcher method = Pattern.compile("\"method\": \\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}").matcher(json);
    assertThat(method.find()).as("the first criterion's method").isTrue();
    git.write(
        framework,
        json.substring(0, method.start())
            + "\"method\": { \"type\": \"lateness\", \"pointsPerMonth\": 1 }"
            + json.substring(method.end()));
  }

  /** The submission {@link #recommitOneFile} commits again: district 2's. */
  static final String RECOMMITTED = org.opendti.pullrequest.ReviewRepo.FOLDER + "mau-huyen-2.json";

  /** Rewrites the file at {@code path} in {@code repo} by {@code change}, which must change it. */
  static void edit(Path repo, String path, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Path file = repo.resolve(path);
    String before = Files.readString(file, StandardCharsets.UTF_8);
    String after = change.apply(before);
    assertThat(after).as("the edit of " + path).isNotEqualTo(before);
    Files.writeString(file, after, StandardCharsets.UTF_8);
  }
}
