package org.opendti.pullrequest;

import static org.opendti.diagnostic.MarkdownSummary.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.git.Change;
import org.opendti.insight.Flag;
import org.opendti.insight.UnitOpportunities;
import org.opendti.validate.StaleCorrections;

/**
 * A {@link PullRequestReport} as Markdown for a pull-request comment and the job summary: the
 * verdict, then tables of changed files, problems, totals and pillars, rank moves and criteria.
 * Every cell is escaped with {@link org.opendti.diagnostic.MarkdownSummary#cell}, so file names and
 * messages from the pull request cannot break a table or inject HTML.
 *
 * <p>The report is written in one language, the one the check runs in (Vietnamese unless {@code
 * dti.lang} says otherwise): the comment is read by the unit's officials, often on a phone, and a
 * second language in every heading and cell would double a comment that GitHub limits in size.
 * Numbers keep the scale the scorer gives them and the language's decimal mark (19,63 or 19.63).
 * Anomaly flags are worded by the insight stage, in Vietnamese.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.md"), PullRequestMarkdown.render(report, Lang.VI));
 * }</pre>
 */
public final class PullRequestMarkdown {

  /**
   * Other units' rank changes listed per ranking table; the rest are counted. One unit that climbs
   * 500 places moves 500 others: in a 9,900-unit cohort one changed submission moved 2,444 units'
   * ranks, 175 KB of rows that would push the criteria and what-if out of the comment.
   */
  static final int OTHER_RANKS_SHOWN = 10;

  /**
   * Problems in files the pull request does not change (the rest of its framework and period)
   * listed; the rest are counted. The check's log lists every one ({@code Outputs.log}).
   */
  static final int OTHER_PROBLEMS_SHOWN = 20;

  /**
   * The longest comment {@link #comment} writes, in characters: GitHub refuses a comment over
   * 65,536.
   */
  static final int COMMENT_LIMIT = 60_000;

  /**
   * The longest job summary {@link #summary} writes, in characters: at most 450,000 bytes of UTF-8
   * (three a character), so that it and the validation's summary in the same step ({@code
   * MarkdownSummary}, the same limit) stay under the 1 MiB GitHub refuses a step's summary past. A
   * bulk change of 1,000 units lists 50,000 criteria lines.
   */
  static final int SUMMARY_LIMIT = 150_000;

  /** The file, beside the comment's, that holds the whole report; the artifact uploads both. */
  public static final String WHOLE_FILE = "report-full.md";

  private static final Comparator<RankMove> BY_RANK_AFTER =
      Comparator.comparing(RankMove::after, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RankMove::before, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RankMove::unitId);

  private final Lang lang;
  private final ReportNames names;
  private final StringBuilder s = new StringBuilder();

  private PullRequestMarkdown(Lang lang, ReportNames names) {
    this.lang = lang;
    this.names = names;
  }

  /** The whole report: the file {@link #WHOLE_FILE}. */
  public static String render(PullRequestReport r, Lang lang) {
    return new PullRequestMarkdown(lang, r.names()).report(r);
  }

  /**
   * The whole report ({@link #render}) as a pull-request comment: cut after its last whole line
   * within {@link #COMMENT_LIMIT} characters when longer (a bulk change's criteria), an open {@code
   * <details>} closed, and a note saying where the whole report is.
   */
  public static String comment(String whole, Lang lang) {
    return fit(whole, lang, COMMENT_LIMIT);
  }

  /** The whole report as a job summary: as {@link #comment}, within {@link #SUMMARY_LIMIT}. */
  public static String summary(String whole, Lang lang) {
    return fit(whole, lang, SUMMARY_LIMIT);
  }

  static String fit(String markdown, Lang lang, int limit) {
    if (markdown.length() <= limit) {
      return markdown;
    }
    String close = "\n</details>\n";
    String note = "\n" + Text.of("report.cut", WHOLE_FILE).in(lang) + "\n";
    String kept =
        markdown.substring(
            0, markdown.lastIndexOf('\n', limit - close.length() - note.length() - 1) + 1);
    boolean open = count(kept, "<details>") > count(kept, "</details>");
    return kept + (open ? close : "") + note;
  }

  private static int count(String text, String tag) {
    int n = 0;
    for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + tag.length())) {
      n++;
    }
    return n;
  }

  private String report(PullRequestReport r) {
    s.append(say("report.title")).append("\n\n");
    s.append(r.failed() ? say("report.failed", r.errors()) : say("report.passed"))
        .append(' ')
        .append(
            say(
                "report.facts",
                cell(r.author()),
                r.changed().changes().size(),
                r.changed().mergeBase().substring(0, 7),
                r.changed().head().substring(0, 7)))
        .append("\n\n");
    changes(r.changed().changes());
    Set<String> changedFiles =
        r.changed().changes().stream().flatMap(Change::paths).collect(Collectors.toSet());
    problems(say("report.policy.title"), r.policy(), changedFiles);
    problems(say("report.validation.title"), r.validation(), changedFiles);
    stale(r.stale());
    flags(r.flags());
    totals(r.effects());
    ranks(r.rankMoves());
    criteria(r.criteria());
    whatIf(r.whatIf());
    return s.toString();
  }

  private String say(String key, Object... args) {
    return Text.of(key, args).in(lang);
  }

  private void changes(List<Change> changes) {
    s.append(say("report.changes.title")).append("\n\n");
    s.append(say("report.changes.header")).append("\n|---|---|\n");
    for (Change c : changes) {
      String[] f = c.format().split("\t", 2);
      row(f[0], f.length > 1 ? f[1].replace('\t', ' ') : "");
    }
    s.append('\n');
  }

  /**
   * Every problem of a changed file (or of none), then at most {@link #OTHER_PROBLEMS_SHOWN} of the
   * other files in scope, the rest counted.
   */
  private void problems(String title, List<Diagnostic> ds, Set<String> changedFiles) {
    s.append("### ").append(title).append("\n\n");
    if (ds.isEmpty()) {
      s.append(say("report.none")).append("\n\n");
      return;
    }
    Predicate<Diagnostic> own = d -> d.file() == null || changedFiles.contains(d.file());
    List<Diagnostic> shown = new ArrayList<>(ds.stream().filter(own).toList());
    List<Diagnostic> others = ds.stream().filter(own.negate()).toList();
    shown.addAll(others.subList(0, Math.min(OTHER_PROBLEMS_SHOWN, others.size())));
    s.append(say("report.problems.header")).append("\n|---|---|---|---|---|\n");
    for (Diagnostic d : shown) {
      String message = d.message(lang);
      String hint = d.hint(lang);
      if (hint != null) {
        message += " (" + say("diagnostic.hint") + ": " + hint + ")";
      }
      row(
          d.severity().word(lang),
          d.file(),
          d.line() > 0 ? d.line() + ":" + d.column() : "",
          d.code().id(),
          message);
    }
    s.append('\n');
    if (others.size() > OTHER_PROBLEMS_SHOWN) {
      s.append(say("report.problems.more", others.size() - OTHER_PROBLEMS_SHOWN)).append("\n\n");
    }
  }

  /** Corrections that now override a changed answer; only when there are some. */
  private void stale(List<StaleLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    s.append(say("report.stale.title")).append("\n\n");
    s.append(say("report.stale.intro")).append("\n\n");
    s.append(say("report.stale.header")).append("\n|---|---|---|---|---|---|---|\n");
    for (StaleLine l : lines) {
      String was = StaleCorrections.describe(l.was()).in(lang);
      row(
          l.frameworkId() + "/" + l.periodId() + "/" + l.unitId(),
          l.criterionId(),
          l.reviewFile(),
          l.recorded() ? was : was + " " + say("report.stale.base"),
          StaleCorrections.describe(l.now()).in(lang),
          num(l.computed()),
          num(l.points()));
    }
    s.append('\n');
  }

  /** Anomaly flags of the changed units, most serious first, above the score tables. */
  private void flags(List<Flag> flags) {
    s.append(say("report.flags.title")).append("\n\n");
    if (flags.isEmpty()) {
      s.append(say("report.flags.none")).append("\n\n");
      return;
    }
    s.append(say("report.flags.intro")).append("\n\n");
    s.append(say("report.flags.header")).append("\n|---|---|---|---|---|\n");
    flags.stream()
        .sorted(java.util.Comparator.comparingInt(Flag::weight).reversed())
        .forEach(
            f ->
                row(
                    named(f.unitId()),
                    f.criterionId() == null ? say("report.flags.total") : f.criterionId(),
                    f.code(),
                    f.message(),
                    f.numbers().entrySet().stream()
                        .map(e -> e.getKey() + " = " + lang.plain(e.getValue()))
                        .collect(java.util.stream.Collectors.joining("; "))));
    s.append('\n');
  }

  /** The best five what-if opportunities of each changed unit. */
  private void whatIf(List<UnitOpportunities> reports) {
    if (reports.isEmpty()) {
      return;
    }
    s.append(say("report.whatif.title")).append("\n\n");
    for (UnitOpportunities r : reports) {
      s.append("**")
          .append(cell(names.unit(r.unitId(), lang)))
          .append("** (")
          .append(cell(r.unitId()))
          .append(", ")
          .append(cell(r.frameworkId()))
          .append(' ')
          .append(cell(r.periodId()))
          .append(")\n\n");
      if (r.opportunities().isEmpty()) {
        s.append(say("report.whatif.none")).append("\n\n");
        continue;
      }
      s.append(say("report.whatif.header")).append("\n|---|---|---|---|---|\n");
      r.opportunities().stream()
          .limit(5)
          .forEach(
              o ->
                  row(
                      o.criterionId(),
                      o.inputs().entrySet().stream()
                          .map(e -> e.getKey() + " = " + value(e.getValue()))
                          .collect(java.util.stream.Collectors.joining(", ")),
                      num(o.pointsNow()) + " → " + num(o.pointsThen()),
                      num(o.totalThen()),
                      "+" + num(o.gain())));
      s.append('\n');
    }
  }

  private String value(org.opendti.model.Value v) {
    if (v instanceof org.opendti.model.Value.Num n) {
      return lang.plain(n.value());
    } else if (v instanceof org.opendti.model.Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof org.opendti.model.Value.Date d) {
      return d.value().toString();
    }
    return ((org.opendti.model.Value.Text) v).value();
  }

  private void totals(List<UnitEffect> effects) {
    s.append(say("report.totals.title")).append("\n\n");
    if (effects.isEmpty()) {
      s.append(say("report.totals.none")).append("\n\n");
      return;
    }
    s.append(say("report.totals.header")).append("\n|---|---|---|---|---|---|---|\n");
    for (UnitEffect e : effects) {
      StringBuilder pillars = new StringBuilder();
      for (UnitEffect.PillarChange p : e.pillars()) {
        if (!pillars.isEmpty()) {
          pillars.append("; ");
        }
        pillars.append(p.pillarId()).append(": ").append(num(p.before()));
        pillars.append(" → ").append(num(p.after()));
      }
      row(
          e.frameworkId(),
          e.periodId(),
          named(e.unitId()),
          num(e.before()),
          num(e.after()),
          signed(e.delta()),
          pillars.toString());
    }
    s.append('\n');
  }

  private void ranks(List<RankMove> moves) {
    s.append(say("report.ranks.title")).append("\n\n");
    if (moves.isEmpty()) {
      s.append(say("report.ranks.none")).append("\n\n");
      return;
    }
    s.append(say("report.ranks.header")).append("\n|---|---|---|---|---|---|\n");
    // Each table's moves are together (Effects.ranks): the changed units' lines, then the other
    // units' by their new rank (those the changed unit passed or fell behind first), the rest
    // counted.
    for (int from = 0, to; from < moves.size(); from = to) {
      RankMove first = moves.get(from);
      to = from;
      while (to < moves.size() && sameTable(first, moves.get(to))) {
        to++;
      }
      List<RankMove> table = moves.subList(from, to);
      List<RankMove> shown = new ArrayList<>(table.stream().filter(RankMove::changedUnit).toList());
      List<RankMove> others =
          table.stream().filter(m -> !m.changedUnit()).sorted(BY_RANK_AFTER).toList();
      shown.addAll(others.subList(0, Math.min(OTHER_RANKS_SHOWN, others.size())));
      String group =
          names.table(first.frameworkId(), first.groupId(), first.partitionUnitId(), lang);
      Map<String, Long> sameName =
          shown.stream()
              .collect(
                  Collectors.groupingBy(m -> names.unit(m.unitId(), lang), Collectors.counting()));
      for (RankMove m : shown) {
        String name = names.unit(m.unitId(), lang);
        // Two units of one name in a table (a national one) are told apart by their ids.
        String unit = sameName.get(name) > 1 ? name + " (" + m.unitId() + ")" : name;
        row(
            m.frameworkId(),
            m.periodId(),
            group,
            unit + (m.changedUnit() ? " " + say("report.ranks.changed") : ""),
            Objects.toString(m.before(), "–"),
            Objects.toString(m.after(), "–"));
      }
      if (others.size() > OTHER_RANKS_SHOWN) {
        row(
            first.frameworkId(),
            first.periodId(),
            group,
            say("report.ranks.more", others.size() - OTHER_RANKS_SHOWN),
            "",
            "");
      }
    }
    s.append('\n');
  }

  /**
   * A changed unit: its name, and its id, which names its file ("Xã Mẫu An 2 (mau-huyen-1-xa-2)").
   */
  private String named(String unitId) {
    String name = names.unit(unitId, lang);
    return name.equals(unitId) ? unitId : name + " (" + unitId + ")";
  }

  private static boolean sameTable(RankMove a, RankMove b) {
    return a.frameworkId().equals(b.frameworkId())
        && a.periodId().equals(b.periodId())
        && a.groupId().equals(b.groupId())
        && Objects.equals(a.partitionUnitId(), b.partitionUnitId());
  }

  private void criteria(List<CriterionLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    s.append(say("report.criteria.title")).append("\n\n");
    // Folded: a bulk change lists many criteria, and a comment has a size limit.
    s.append("<details><summary>")
        .append(say("report.criteria.count", lines.size()))
        .append("</summary>\n\n");
    s.append(say("report.criteria.header")).append("\n|---|---|---|---|---|---|---|---|\n");
    for (CriterionLine c : lines) {
      row(
          c.frameworkId() + "/" + c.periodId() + "/" + c.unitId(),
          c.criterionId(),
          num(c.max()),
          num(c.selfAssessed()),
          num(c.computed()),
          num(c.reviewed()),
          num(c.points()),
          num(c.pointsBefore()));
    }
    s.append("\n</details>\n\n");
  }

  private void row(String... cells) {
    s.append('|');
    for (String c : cells) {
      s.append(' ').append(cell(c == null ? "" : c)).append(" |");
    }
    s.append('\n');
  }

  private String num(BigDecimal n) {
    return n == null ? "–" : lang.plain(n);
  }

  private String signed(BigDecimal n) {
    if (n == null) {
      return "–";
    }
    return n.signum() > 0 ? "+" + lang.plain(n) : lang.plain(n);
  }
}
