package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.pullrequest.ReviewRepo.FOLDER;
import static org.opendti.pullrequest.ReviewRepo.T1;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.git.GitFixture;
import org.opendti.validate.StaleCorrections;

/**
 * Issue 15's case: a reviewer corrected criterion 3.3 of {@code mau-huyen-2}; the unit then changes
 * {@code a} from 15 to 49. Before this check the report showed Δ 0.00 and nobody was told.
 */
class StaleCorrectionReportTest {

  static final String UNIT = "mau-huyen-2";
  static final String SUBMISSION = FOLDER + UNIT + ".json";
  static final String REVIEW = FOLDER + UNIT + ".review.json";
  static final Instant T2 = Instant.parse("2024-01-12T00:00:00Z");

  @TempDir Path tmp;

  @Test
  void aCorrectionThatRecordsTheAnswerIsListedWithBothAnswers() throws Exception {
    GitFixture git = reviewed(",\"was\":{\"inputs\":{\"a\":15,\"b\":62}}");

    PullRequestReport report = changeTo49(git);

    StaleLine line = assertThat(report.stale()).singleElement().actual();
    assertThat(line.unitId()).isEqualTo(UNIT);
    assertThat(line.criterionId()).isEqualTo("3.3");
    assertThat(line.reviewFile()).isEqualTo(REVIEW);
    assertThat(line.recorded()).isTrue();
    assertThat(StaleCorrections.describe(line.was()).in(Lang.EN)).isEqualTo("a = 15; b = 62");
    assertThat(StaleCorrections.describe(line.now()).in(Lang.EN)).isEqualTo("a = 49; b = 62");
    // 49/62 × 10 by the method; the correction's 12/62 × 10 still counts.
    assertThat(line.computed()).isEqualByComparingTo(new BigDecimal("7.90"));
    assertThat(line.points()).isEqualByComparingTo(new BigDecimal("1.94"));
    // The total does not move: exactly what the stale-correction section explains.
    assertThat(report.effects())
        .singleElement()
        .satisfies(e -> assertThat(e.delta()).isEqualByComparingTo(BigDecimal.ZERO));

    // Validation warns on both files, each naming the other.
    List<Diagnostic> warnings =
        report.validation().stream().filter(d -> d.severity() == Severity.WARNING).toList();
    assertThat(warnings)
        .anySatisfy(
            d -> {
              assertThat(d.code().id()).isEqualTo("stale-correction");
              assertThat(d.file()).isEqualTo(REVIEW);
              assertThat(d.message(Lang.VI))
                  .contains("hồ sơ kê khai a = 15; b = 62")
                  .contains("nay kê khai a = 49; b = 62");
            })
        .anySatisfy(
            d -> {
              assertThat(d.code().id()).isEqualTo("corrected-answer-changed");
              assertThat(d.file()).isEqualTo(SUBMISSION);
              assertThat(d.pointer()).isEqualTo("/answers/3.3");
              assertThat(d.line()).isPositive();
              assertThat(d.message(Lang.EN)).contains(REVIEW);
            });
    assertThat(report.failed()).isFalse();

    String vi = PullRequestMarkdown.render(report, Lang.VI);
    assertThat(vi)
        .contains("### Điều chỉnh của đoàn kiểm tra đang đè lên số liệu mới")
        .contains(
            "| "
                + ReviewRepo.FRAMEWORK
                + "/2023/"
                + UNIT
                + " | 3.3 | "
                + REVIEW
                + " | a = 15; b = 62 | a = 49; b = 62 | 7,90 | 1,94 |");
    String en = PullRequestMarkdown.render(report, Lang.EN);
    assertThat(en.indexOf("### Reviewers' corrections overriding new figures"))
        .isPositive()
        .isLessThan(en.indexOf("### Effect on totals"));
  }

  /** A review written before {@code was} existed: the base's answer stands in for it. */
  @Test
  void aCorrectionWithoutTheAnswerIsComparedWithTheBase() throws Exception {
    GitFixture git = reviewed("");

    PullRequestReport report = changeTo49(git);

    StaleLine line = assertThat(report.stale()).singleElement().actual();
    assertThat(line.recorded()).isFalse();
    assertThat(StaleCorrections.describe(line.was()).in(Lang.EN)).isEqualTo("a = 15; b = 62");
    assertThat(PullRequestMarkdown.render(report, Lang.EN))
        .contains("a = 15; b = 62 \\(the base's answer; the review does not record \"was\"\\)");
  }

  /** A unit changing an answer nobody corrected gets no such line. */
  @Test
  void anUncorrectedAnswerIsNotListed() throws Exception {
    GitFixture git = reviewed(",\"was\":{\"inputs\":{\"a\":15,\"b\":62}}");
    git.git(T2, "checkout", "-q", "-b", "other");
    git.write(SUBMISSION, read(git).replace("\"b\" : 62", "\"b\" : 62 "));
    git.as("District", "d@example.vn").commit("Whitespace only", T2);
    assertThat(run(git).stale()).isEmpty();
  }

  /** Main: 3.3 answered a = 15 of 62, and a review correcting it to 12 ({@code extra} after it). */
  private GitFixture reviewed(String extra) throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    String original = ReviewRepo.read(SUBMISSION);
    assertThat(original).contains("\"a\" : 26,\n        \"b\" : 62");
    git.write(SUBMISSION, original.replace("\"a\" : 26,", "\"a\" : 15,"));
    git.write(
        REVIEW,
        """
        {"unit":"mau-huyen-2","framework":"gia-lai-2023-huyen","period":"2023",
         "reviewer":{"name":"Đoàn kiểm tra"},"date":"2024-01-10",
         "corrections":[{"criterion":"3.3","inputs":{"a":12},
           "reason":"Theo hệ thống của nhà mạng"%s}]}
        """
            .formatted(extra));
    git.as("Maria", "maria@example.vn").commit("Review", T1);
    return git;
  }

  private PullRequestReport changeTo49(GitFixture git) throws Exception {
    git.git(T2, "checkout", "-q", "-b", "change");
    git.write(SUBMISSION, read(git).replace("\"a\" : 15,", "\"a\" : 49,"));
    git.as("District", "d@example.vn").commit("3.3: a = 49", T2);
    return run(git);
  }

  private static String read(GitFixture git) throws java.io.IOException {
    return java.nio.file.Files.readString(git.dir.resolve(SUBMISSION));
  }

  private static PullRequestReport run(GitFixture git) {
    return PullRequestCheck.builder()
        .repositoryRoot(git.dir)
        .base("main")
        .author("huyen-2")
        .build()
        .run();
  }
}
