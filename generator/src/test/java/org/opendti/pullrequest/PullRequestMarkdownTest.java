package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.git.Change;
import org.opendti.git.ChangedFiles;
import org.opendti.model.RankingGroup;
import org.opendti.model.Unit;

/**
 * The report stays a comment GitHub accepts, with the changed unit's own lines in it, however large
 * the cohort or the change: one submission in a 9,900-unit cohort moved 2,444 units' ranks (175 KB
 * of rows), and a bulk change lists thousands of criteria.
 */
class PullRequestMarkdownTest {

  private static final String FILE = "submissions/f/2023/a.json";
  private static final ChangedFiles CHANGED =
      new ChangedFiles(
          "0".repeat(40),
          "1".repeat(40),
          "2".repeat(40),
          List.of(new Change(Change.Kind.MODIFIED, FILE, FILE, Change.Mode.REGULAR)));

  /** Unit a climbs from 3,000th to first; the 2,999 units it passes each fall one place. */
  private static List<RankMove> climb() {
    List<RankMove> moves = new ArrayList<>();
    moves.add(new RankMove("f", "2023", "all", null, "a", 3000, 1, true));
    for (int r = 2999; r >= 1; r--) {
      moves.add(new RankMove("f", "2023", "all", null, "u" + r, r, r + 1, false));
    }
    moves.add(new RankMove("f", "2023", "by-district", "h1", "a", 30, 1, true));
    moves.add(new RankMove("f", "2023", "by-district", "h1", "u7", 1, 2, false));
    return moves;
  }

  private static Diagnostic problem(String file, int line) {
    return Diagnostic.of(
        Severity.WARNING, Code.SCHEMA_REQUIRED, file, line, 3, "", "answers", "notes", "");
  }

  private static PullRequestReport report(List<CriterionLine> criteria) {
    List<Diagnostic> validation = new ArrayList<>();
    validation.add(problem(FILE, 4));
    IntStream.rangeClosed(1, 50)
        .forEach(i -> validation.add(problem("submissions/f/2023/u" + i + ".json", 2)));
    return new PullRequestReport(
        "someone",
        CHANGED,
        List.of(),
        validation,
        List.of(),
        climb(),
        criteria,
        List.of(),
        List.of(),
        List.of(),
        ReportNames.NONE);
  }

  @Test
  void otherUnitsRanksAndProblemsAreCountedPastAFew() {
    String md = PullRequestMarkdown.render(report(List.of()), Lang.VI);
    List<String> all = md.lines().filter(l -> l.startsWith("| f | 2023 | all |")).toList();
    // The changed unit first, then the ten it passed, nearest first, then how many more.
    assertThat(all).hasSize(1 + PullRequestMarkdown.OTHER_RANKS_SHOWN + 1);
    assertThat(all.get(0)).isEqualTo("| f | 2023 | all | a \\(có thay đổi\\) | 3000 | 1 |");
    assertThat(all.get(1)).isEqualTo("| f | 2023 | all | u1 | 1 | 2 |");
    assertThat(all.get(10)).isEqualTo("| f | 2023 | all | u10 | 10 | 11 |");
    assertThat(all.get(11))
        .isEqualTo(
            "| f | 2023 | all | … và 2.989 đơn vị khác cũng đổi hạng trong bảng này |  |  |");
    // A table with few moves lists them all.
    assertThat(md.lines().filter(l -> l.startsWith("| f | 2023 | by-district — h1 |")))
        .containsExactly(
            "| f | 2023 | by-district — h1 | a \\(có thay đổi\\) | 30 | 1 |",
            "| f | 2023 | by-district — h1 | u7 | 1 | 2 |");
    // Every problem of the changed file, twenty of the cohort's other files, the rest counted.
    assertThat(md.lines().filter(l -> l.startsWith("| cảnh báo | " + FILE + " |"))).hasSize(1);
    assertThat(
            md.lines().filter(l -> l.matches("\\| .+ \\| submissions/f/2023/u\\d+\\.json \\|.*")))
        .hasSize(PullRequestMarkdown.OTHER_PROBLEMS_SHOWN);
    assertThat(md).contains("… và 30 vấn đề khác ở các tệp mà pull request này không thay đổi");
    assertThat(PullRequestMarkdown.render(report(List.of()), Lang.EN))
        .contains("| f | 2023 | all | … and 2,989 other units change rank in this table |  |  |")
        .contains("… and 30 more problems in files this pull request does not change");
    // Short enough for a comment: the comment is the report.
    assertThat(PullRequestMarkdown.comment(md, Lang.VI)).isEqualTo(md);
  }

  private static Unit unit(String id, String name, String nameEn) {
    return new Unit(id, name, nameEn, "xa", null, null, null, List.of(), List.of(), false);
  }

  /**
   * Units and ranking tables by name; two units of one name in a table told apart by id; a table
   * its framework has for reference only says so, as the site does.
   */
  @Test
  void unitsAndTablesAreNamed() {
    ReportNames names =
        new ReportNames(
            Map.of(
                "a", unit("a", "Xã Tân Phú", "Tan Phu commune"),
                "u1", unit("u1", "Xã Tân Phú", null),
                "u2", unit("u2", "Phường 2", null),
                "h1", unit("h1", "Huyện Một", null)),
            Map.of(
                "f\nall",
                new RankingGroup("all", "Các xã toàn tỉnh", "All communes", "all", true),
                "f\nby-district",
                new RankingGroup("by-district", "Các xã trong từng huyện", null, "parent")));
    PullRequestReport r = report(List.of());
    PullRequestReport named =
        new PullRequestReport(
            r.author(),
            r.changed(),
            r.policy(),
            r.validation(),
            List.of(new UnitEffect("f", "2023", "a", BigDecimal.ONE, BigDecimal.TEN, List.of())),
            r.rankMoves(),
            r.criteria(),
            r.flags(),
            r.whatIf(),
            r.stale(),
            names);
    String vi = PullRequestMarkdown.render(named, Lang.VI);
    assertThat(vi)
        .contains("| f | 2023 | Xã Tân Phú \\(a\\) | 1 | 10 |")
        .contains(
            "| f | 2023 | Các xã toàn tỉnh \\(tham khảo\\) | Xã Tân Phú \\(a\\) \\(có thay đổi\\) | 3000 | 1 |")
        .contains("| f | 2023 | Các xã toàn tỉnh \\(tham khảo\\) | Xã Tân Phú \\(u1\\) | 1 | 2 |")
        .contains("| f | 2023 | Các xã toàn tỉnh \\(tham khảo\\) | Phường 2 | 2 | 3 |")
        .contains("| f | 2023 | Các xã toàn tỉnh \\(tham khảo\\) | u3 | 3 | 4 |")
        .contains(
            "| f | 2023 | Các xã trong từng huyện — Huyện Một | Xã Tân Phú \\(có thay đổi\\) |");
    String en = PullRequestMarkdown.render(named, Lang.EN);
    assertThat(en)
        .contains("| f | 2023 | Tan Phu commune \\(a\\) | 1 | 10 |")
        .contains(
            "| f | 2023 | All communes \\(for reference\\) | Tan Phu commune \\(changed\\) | 3000 | 1 |")
        .contains("| f | 2023 | All communes \\(for reference\\) | Xã Tân Phú | 1 | 2 |")
        .contains("| f | 2023 | Các xã trong từng huyện — Huyện Một |");
  }

  /** The criteria lines of a bulk change: {@code units} units × 50 criteria. */
  private static List<CriterionLine> bulk(int units) {
    List<CriterionLine> criteria = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      for (int c = 1; c <= 50; c++) {
        BigDecimal p = BigDecimal.valueOf(c, 1);
        criteria.add(
            new CriterionLine(
                "f", "2023", "unit-" + u, "1." + c, BigDecimal.TEN, p, p, null, p, p));
      }
    }
    return criteria;
  }

  /** A bulk change of 1,000 units: the job summary stays under GitHub's 1 MiB, cut the same way. */
  @Test
  void aJobSummaryIsCutUnderGitHubsLimit() {
    PullRequestReport bulk = report(bulk(1000));
    String summary =
        PullRequestMarkdown.summary(PullRequestMarkdown.render(bulk, Lang.VI), Lang.VI);
    assertThat(PullRequestMarkdown.render(bulk, Lang.VI).length())
        .isGreaterThan(PullRequestMarkdown.SUMMARY_LIMIT);
    assertThat(summary.length()).isLessThanOrEqualTo(PullRequestMarkdown.SUMMARY_LIMIT);
    assertThat(summary.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThan(1024 * 1024);
    assertThat(summary).endsWith("(thẻ Actions)._\n").contains("\n</details>\n");
  }

  @Test
  void aReportLongerThanACommentIsCutAtAWholeLineWithANote() {
    // A bulk change: 60 units × 50 criteria.
    PullRequestReport bulk = report(bulk(60));
    String whole = PullRequestMarkdown.render(bulk, Lang.VI);
    assertThat(whole.length()).isGreaterThan(PullRequestMarkdown.COMMENT_LIMIT);
    for (Lang lang : Lang.values()) {
      String comment = PullRequestMarkdown.comment(PullRequestMarkdown.render(bulk, lang), lang);
      assertThat(comment.length()).isLessThanOrEqualTo(PullRequestMarkdown.COMMENT_LIMIT);
      String kept = comment.substring(0, comment.indexOf("\n</details>\n"));
      assertThat(PullRequestMarkdown.render(bulk, lang)).startsWith(kept);
      // The last row kept is whole; the folded criteria are closed; the note says where the rest
      // is.
      assertThat(kept.lines().reduce((a, b) -> b).orElseThrow())
          .matches("\\| f/2023/unit-\\d+ .*\\|");
      assertThat(comment.split("<details>", -1)).hasSameSizeAs(comment.split("</details>", -1));
      assertThat(comment)
          .endsWith(
              lang == Lang.VI
                  ? "Bản đầy đủ là tệp report-full.md trong artifact dti-report của lần chạy"
                      + " “Check pull request” (thẻ Actions)._\n"
                  : "The whole report is the file report-full.md in the dti-report artifact of the"
                      + " “Check pull request” run (Actions tab)._\n");
    }
  }
}
