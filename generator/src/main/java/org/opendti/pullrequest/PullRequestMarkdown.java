package org.opendti.pullrequest;

import static org.opendti.diagnostic.MarkdownSummary.cell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.git.Change;
import org.opendti.insight.Flag;
import org.opendti.insight.UnitOpportunities;

/**
 * A {@link PullRequestReport} as Markdown for a pull-request comment and the job summary: the
 * verdict, then tables of changed files, problems, totals and pillars, rank moves and criteria.
 * Every cell is escaped with {@link org.opendti.diagnostic.MarkdownSummary#cell}, so file names and
 * messages from the pull request cannot break a table or inject HTML.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.md"), PullRequestMarkdown.render(report));
 * }</pre>
 */
public final class PullRequestMarkdown {

  private PullRequestMarkdown() {}

  public static String render(PullRequestReport r) {
    StringBuilder s = new StringBuilder("## opendti pull-request check\n\n");
    s.append(
            r.failed()
                ? "❌ **Cannot be merged as it is**: " + r.errors() + " error(s)."
                : "✅ Policy and validation passed.")
        .append(" Author: ")
        .append(cell(r.author()))
        .append(", ")
        .append(r.changed().changes().size())
        .append(" changed file(s), base ")
        .append(r.changed().mergeBase(), 0, 7)
        .append(", head ")
        .append(r.changed().head(), 0, 7)
        .append(".\n\n");
    changes(s, r.changed().changes());
    problems(s, "Access policy and CODEOWNERS", r.policy());
    problems(s, "Validation of the changed files and their cohort", r.validation());
    flags(s, r.flags());
    totals(s, r.effects());
    ranks(s, r.rankMoves());
    criteria(s, r.criteria());
    whatIf(s, r.whatIf());
    return s.toString();
  }

  private static void changes(StringBuilder s, List<Change> changes) {
    s.append("### Changed files\n\n| Change | File |\n|---|---|\n");
    for (Change c : changes) {
      String[] f = c.format().split("\t", 2);
      s.append(row(f[0], f.length > 1 ? f[1].replace('\t', ' ') : ""));
    }
    s.append('\n');
  }

  private static void problems(StringBuilder s, String title, List<Diagnostic> ds) {
    s.append("### ").append(title).append("\n\n");
    if (ds.isEmpty()) {
      s.append("No problems found.\n\n");
      return;
    }
    s.append("| Severity | File | Line:col | Rule | Message |\n|---|---|---|---|---|\n");
    for (Diagnostic d : ds) {
      String message = d.message();
      if (d.hint() != null && !d.hint().isBlank()) {
        message += " (hint: " + d.hint() + ")";
      }
      s.append(
          row(
              d.severity().name().toLowerCase(java.util.Locale.ROOT),
              d.file(),
              d.line() > 0 ? d.line() + ":" + d.column() : "",
              d.code(),
              message));
    }
    s.append('\n');
  }

  /** Anomaly flags of the changed units, most serious first, above the score tables. */
  private static void flags(StringBuilder s, List<Flag> flags) {
    s.append("### Anomaly flags for reviewers\n\n");
    if (flags.isEmpty()) {
      s.append("None: nothing unusual in the changed submissions.\n\n");
      return;
    }
    s.append("Flags never change a score; they say where to look first.\n\n");
    s.append("| Unit | Criterion | Flag | What | Figures |\n|---|---|---|---|---|\n");
    flags.stream()
        .sorted(java.util.Comparator.comparingInt(Flag::weight).reversed())
        .forEach(
            f ->
                s.append("| ")
                    .append(cell(f.unitId()))
                    .append(" | ")
                    .append(cell(f.criterionId() == null ? "total" : f.criterionId()))
                    .append(" | ")
                    .append(cell(f.code()))
                    .append(" | ")
                    .append(cell(f.message()))
                    .append(" | ")
                    .append(
                        cell(
                            f.numbers().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue().toPlainString())
                                .collect(java.util.stream.Collectors.joining("; "))))
                    .append(" |\n"));
    s.append('\n');
  }

  /** The best five what-if opportunities of each changed unit. */
  private static void whatIf(StringBuilder s, List<UnitOpportunities> reports) {
    if (reports.isEmpty()) {
      return;
    }
    s.append("### Where the next points are\n\n");
    for (UnitOpportunities r : reports) {
      s.append("**")
          .append(cell(r.unitId()))
          .append("** (")
          .append(cell(r.frameworkId()))
          .append(' ')
          .append(cell(r.periodId()))
          .append(")\n\n");
      if (r.opportunities().isEmpty()) {
        s.append("Nothing left to gain.\n\n");
        continue;
      }
      s.append("| Criterion | Reach | Points | New total | Gain |\n|---|---|---|---|---|\n");
      r.opportunities().stream()
          .limit(5)
          .forEach(
              o ->
                  s.append("| ")
                      .append(cell(o.criterionId()))
                      .append(" | ")
                      .append(
                          cell(
                              o.inputs().entrySet().stream()
                                  .map(e -> e.getKey() + " = " + plain(e.getValue()))
                                  .collect(java.util.stream.Collectors.joining(", "))))
                      .append(" | ")
                      .append(o.pointsNow().toPlainString())
                      .append(" → ")
                      .append(o.pointsThen().toPlainString())
                      .append(" | ")
                      .append(o.totalThen().toPlainString())
                      .append(" | +")
                      .append(o.gain().toPlainString())
                      .append(" |\n"));
      s.append('\n');
    }
  }

  private static String plain(org.opendti.model.Value v) {
    if (v instanceof org.opendti.model.Value.Num n) {
      return n.value().toPlainString();
    } else if (v instanceof org.opendti.model.Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof org.opendti.model.Value.Date d) {
      return d.value().toString();
    }
    return ((org.opendti.model.Value.Text) v).value();
  }

  private static void totals(StringBuilder s, List<UnitEffect> effects) {
    s.append("### Effect on totals\n\n");
    if (effects.isEmpty()) {
      s.append("No scorecard changes.\n\n");
      return;
    }
    s.append("| Framework | Period | Unit | Total before | Total after | Change | Pillars |\n");
    s.append("|---|---|---|---|---|---|---|\n");
    for (UnitEffect e : effects) {
      StringBuilder pillars = new StringBuilder();
      for (UnitEffect.PillarChange p : e.pillars()) {
        if (!pillars.isEmpty()) {
          pillars.append("; ");
        }
        pillars.append(p.pillarId()).append(": ").append(num(p.before()));
        pillars.append(" → ").append(num(p.after()));
      }
      s.append(
          row(
              e.frameworkId(),
              e.periodId(),
              e.unitId(),
              num(e.before()),
              num(e.after()),
              signed(e.delta()),
              pillars.toString()));
    }
    s.append('\n');
  }

  private static void ranks(StringBuilder s, List<RankMove> moves) {
    s.append("### Effect on ranks\n\n");
    if (moves.isEmpty()) {
      s.append("No ranking table changes.\n\n");
      return;
    }
    s.append("| Framework | Period | Ranking | Unit | Rank before | Rank after |\n");
    s.append("|---|---|---|---|---|---|\n");
    for (RankMove m : moves) {
      String group =
          m.partitionUnitId() == null ? m.groupId() : m.groupId() + " " + m.partitionUnitId();
      s.append(
          row(
              m.frameworkId(),
              m.periodId(),
              group,
              m.unitId() + (m.changedUnit() ? " (changed)" : ""),
              Objects.toString(m.before(), "–"),
              Objects.toString(m.after(), "–")));
    }
    s.append('\n');
  }

  private static void criteria(StringBuilder s, List<CriterionLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    s.append("### Criteria of the changed submissions\n\n");
    // Folded: a bulk change lists many criteria, and a comment has a size limit.
    s.append("<details><summary>").append(lines.size()).append(" criteria</summary>\n\n");
    s.append(
        "| Unit | Criterion | Max | Self-assessed | Computed | Reviewed | Counts | Before |\n");
    s.append("|---|---|---|---|---|---|---|---|\n");
    for (CriterionLine c : lines) {
      s.append(
          row(
              c.frameworkId() + "/" + c.periodId() + "/" + c.unitId(),
              c.criterionId(),
              num(c.max()),
              num(c.selfAssessed()),
              num(c.computed()),
              num(c.reviewed()),
              num(c.points()),
              num(c.pointsBefore())));
    }
    s.append("\n</details>\n\n");
  }

  private static String row(String... cells) {
    StringBuilder s = new StringBuilder("|");
    for (String c : cells) {
      s.append(' ').append(cell(c == null ? "" : c)).append(" |");
    }
    return s.append('\n').toString();
  }

  private static String num(BigDecimal n) {
    return n == null ? "–" : n.toPlainString();
  }

  private static String signed(BigDecimal n) {
    if (n == null) {
      return "–";
    }
    return n.signum() > 0 ? "+" + n.toPlainString() : n.toPlainString();
  }
}
