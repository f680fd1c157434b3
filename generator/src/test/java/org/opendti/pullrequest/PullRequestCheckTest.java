package org.opendti.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.pullrequest.ReviewRepo.FOLDER;
import static org.opendti.pullrequest.ReviewRepo.T1;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.PipelineResult;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.git.GitFixture;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

class PullRequestCheckTest {

  @TempDir Path tmp;

  @Test
  void aUnitImprovingItsOwnSubmissionSeesItsTotalAndRanksMove() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    PipelineResult before = check(git.dir);
    List<UnitScore> byTotal =
        before.scores().stream().sorted(Comparator.comparing(UnitScore::total)).toList();
    UnitScore worst = byTotal.get(0);
    UnitScore best = byTotal.get(byTotal.size() - 1);
    assertThat(worst.total()).isLessThan(best.total());

    // The weakest district submits the best district's answers as its own.
    git.git(T1, "checkout", "-q", "-b", "improve");
    String copied =
        ReviewRepo.read(FOLDER + best.unitId() + ".json")
            .replace("\"" + best.unitId() + "\"", "\"" + worst.unitId() + "\"");
    git.write(FOLDER + worst.unitId() + ".json", copied);
    git.as("District", "d@example.vn").commit("Better answers", T1);
    PipelineResult after = check(git.dir);

    PullRequestReport report = run(git, owner(worst.unitId()));

    assertThat(report.policy()).isEmpty();
    assertThat(report.validation()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(report.failed()).isFalse();
    UnitScore now = score(after, worst.unitId());
    assertThat(report.effects())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.unitId()).isEqualTo(worst.unitId());
              assertThat(e.before()).isEqualByComparingTo(worst.total());
              assertThat(e.after()).isEqualByComparingTo(now.total());
              assertThat(e.delta()).isPositive();
              assertThat(e.pillars())
                  .extracting(UnitEffect.PillarChange::pillarId)
                  .containsExactlyElementsOf(
                      now.pillars().stream().map(p -> p.pillarId()).sorted().toList());
            });
    RankMove own = moveIn(report, "all", worst.unitId());
    assertThat(own.changedUnit()).isTrue();
    assertThat(own.before()).isEqualTo(rank(before, worst.unitId()));
    assertThat(own.after()).isEqualTo(rank(after, worst.unitId())).isLessThan(own.before());
    // Someone was overtaken, and the report says so.
    assertThat(report.rankMoves()).anyMatch(m -> !m.changedUnit() && m.moved());
    assertThat(report.criteria())
        .isNotEmpty()
        .allMatch(c -> c.unitId().equals(worst.unitId()))
        .extracting(CriterionLine::points)
        .doesNotContainNull();

    // Where the changed unit's next points are, from its new total.
    assertThat(report.whatIf())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.unitId()).isEqualTo(worst.unitId());
              assertThat(w.opportunities())
                  .allSatisfy(
                      o -> {
                        assertThat(o.totalNow()).isEqualByComparingTo(now.total());
                        assertThat(o.totalThen()).isGreaterThan(o.totalNow());
                      });
            });

    String md = PullRequestMarkdown.render(report, Lang.EN);
    assertThat(md)
        .contains("✅")
        .contains("| M | " + FOLDER + worst.unitId() + ".json |")
        .contains(worst.total().toPlainString() + " | " + now.total().toPlainString());
    // Flags come above the score tables.
    assertThat(md.indexOf("### Anomaly flags for reviewers"))
        .isPositive()
        .isLessThan(md.indexOf("### Effect on totals"));
    if (!report.whatIf().get(0).opportunities().isEmpty()) {
      assertThat(md).contains("### Where the next points are");
    }
  }

  @Test
  void aPullRequestTouchingOthersFilesFailsWithEachFileAndRule() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.git(T1, "checkout", "-q", "-b", "grab");
    git.write(FOLDER + "mau-huyen-2.json", ReviewRepo.read(FOLDER + "mau-huyen-2.json") + " ");
    git.write(FOLDER + "mau-huyen-1.json", "{ \"unit\": ");
    git.symlink(FOLDER + "link.json", "/etc/passwd");
    git.write("policy/access.json", ReviewRepo.POLICY.replace("\"@huyen-2\"", "\"@huyen-1\""));
    git.as("District 1", "d1@example.vn").commit("Grab", T1);

    PullRequestReport report = run(git, "huyen-1");

    assertThat(report.failed()).isTrue();
    assertThat(report.policy())
        .extracting(d -> d.code() + " " + d.file())
        .contains(
            "maintainer-path policy/access.json",
            "unit-submission " + FOLDER + "mau-huyen-2.json",
            "symlink " + FOLDER + "link.json",
            "codeowners-out-of-date .github/CODEOWNERS");
    assertThat(report.validation())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(Diagnostic::file)
        .contains(FOLDER + "mau-huyen-1.json");
    String md = PullRequestMarkdown.render(report, Lang.EN);
    assertThat(md).contains("❌").contains("maintainer-path").contains("symlink");
  }

  @Test
  void cellsFromThePullRequestCannotBreakTheTables() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.git(T1, "checkout", "-q", "-b", "inject");
    git.write("x|<script>.json", "{}");
    git.as("District 1", "d1@example.vn").commit("Inject", T1);

    String md = PullRequestMarkdown.render(run(git, "huyen-1"), Lang.VI);

    assertThat(md).doesNotContain("<script>").contains("x\\|&lt;script&gt;.json");
  }

  @Test
  void mentionsInEchoedValuesPingNobody() throws Exception {
    GitFixture git = ReviewRepo.create(tmp.resolve("repo"), tmp);
    git.git(T1, "checkout", "-q", "-b", "ping");
    git.write("@opendti/maintainers.json", "{}");
    git.write(
        FOLDER + "mau-huyen-1.json",
        ReviewRepo.read(FOLDER + "mau-huyen-1.json")
            .replace(
                "\"unit\" : \"mau-huyen-1\"", "\"unit\": \"@ivan hi @opendti/inspection-team\""));
    git.as("District 1", "d1@example.vn").commit("Ping", T1);

    PullRequestReport report = run(git, "huyen-1");
    String md = PullRequestMarkdown.render(report, Lang.VI);

    assertThat(report.validation()).anyMatch(d -> d.message(Lang.VI).contains("@ivan"));
    assertThat(md)
        .doesNotContainPattern("@[A-Za-z0-9]")
        .contains("@\u200Bopendti/maintainers.json")
        .contains("@\u200Bivan");
  }

  private static PullRequestReport run(GitFixture git, String author) {
    return PullRequestCheck.builder()
        .repositoryRoot(git.dir)
        .base("main")
        .author(author)
        .build()
        .run();
  }

  private static PipelineResult check(Path dir) {
    return Pipeline.builder().repositoryRoot(dir).build().check();
  }

  private static String owner(String unitId) {
    return "huyen-" + unitId.substring(unitId.lastIndexOf('-') + 1);
  }

  private static UnitScore score(PipelineResult r, String unit) {
    return r.scores().stream().filter(s -> s.unitId().equals(unit)).findFirst().orElseThrow();
  }

  private static Integer rank(PipelineResult r, String unit) {
    return r.rankings().stream()
        .filter(t -> t.group().id().equals("all"))
        .map(Ranking::entries)
        .flatMap(List::stream)
        .filter(e -> e.unitId().equals(unit))
        .map(e -> e.rank())
        .findFirst()
        .orElseThrow();
  }

  private static RankMove moveIn(PullRequestReport r, String group, String unit) {
    return r.rankMoves().stream()
        .filter(m -> m.groupId().equals(group) && m.unitId().equals(unit))
        .findFirst()
        .orElseThrow();
  }
}
