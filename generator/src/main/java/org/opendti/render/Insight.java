package org.opendti.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.Insights;
import org.opendti.insight.Opportunity;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.render.view.ImprovementRow;
import org.opendti.render.view.ScorecardView;
import org.opendti.render.view.TextPart;
import org.opendti.score.UnitScore;

/** Turns what-if reports and anomaly flags into the scorecard section and the reviewers' page. */
final class Insight {

  /** How many opportunities a scorecard lists, best first; insights.json lists the same. */
  static final int SHOWN = Insights.SHOWN;

  private Insight() {}

  static String reviewersPath(Lang lang) {
    return SitePaths.prefix(lang) + "reviewers.html";
  }

  static ScorecardView.Improvements improvements(PageContext page, Framework fw, UnitScore s) {
    List<Opportunity> best =
        page.index()
            .input()
            .insights()
            .whatIf(s.key())
            .map(r -> r.best(SHOWN).opportunities())
            .orElse(List.of());
    // The ranking groups of every row, in the order they first come: a column each.
    Set<String> groups = new LinkedHashSet<>();
    best.forEach(o -> groups.addAll(o.rankThen().keySet()));
    // Not a table the unit is alone in: its rank there is 1 whatever it gains ("1 → 1").
    page.index().rankingsOf(fw.id(), s.periodId(), s.unitId()).stream()
        .filter(r -> r.entries().size() == 1)
        .forEach(r -> groups.remove(r.group().id()));
    List<ImprovementRow> reported = new ArrayList<>();
    List<ImprovementRow> assessed = new ArrayList<>();
    for (Opportunity o : best) {
      ImprovementRow row = row(page, fw, o, groups);
      (row.scoredBy() == null ? reported : assessed).add(row);
    }
    Set<List<TextPart>> scorers = new LinkedHashSet<>();
    assessed.forEach(r -> scorers.add(r.scoredBy()));
    return new ScorecardView.Improvements(
        reported,
        assessed,
        groups.stream().map(g -> groupName(page.lang(), fw, g)).toList(),
        scorers.size() == 1 ? scorers.iterator().next() : null);
  }

  /**
   * Who gives the points of a criterion scored directly, in the page's language: the framework's
   * verifying office (named in Vietnamese only, so marked on English pages) or the inspection team,
   * alone or in the sentence "Đơn vị tự chấm, {0} xác minh"; null for one scored from what the unit
   * reports.
   */
  private static List<TextPart> scoredBy(PageContext page, Framework fw, Opportunity o) {
    Optional<String> verifier =
        fw.criterion(o.criterionId())
            .map(Criterion::verifyingUnit)
            .filter(v -> v != null && !v.isBlank());
    TextPart who =
        verifier
            .map(v -> new TextPart(v, page.lang().attribute(Lang.VI)))
            .orElseGet(() -> new TextPart(page.t("improvementsInspectionTeam"), ""));
    return switch (o.basis()) {
      case REPORTED -> null;
      case ASSESSED_BY_REVIEWERS -> List.of(who);
      case ASSESSED_BY_UNIT -> Messages.parts(page.t("improvementsUnitScores"), who);
    };
  }

  /**
   * What an opportunity's label says after its inputs: a ratio's target share ("≥ 50%"), or a
   * band's name on Vietnamese pages; nothing for a choice, whose input's value already names the
   * option in the reader's language, nor for a band on English pages, since frameworks name bands
   * in Vietnamese only (the value reached says it there).
   */
  static String labelSaid(Lang lang, Optional<Criterion> c, Opportunity o) {
    if (o.label() == null || o.label().isBlank()) {
      return "";
    }
    Method m = c.map(Criterion::method).orElse(null);
    if (m instanceof Method.Choice || (m instanceof Method.Bands && lang == Lang.EN)) {
      return "";
    }
    return o.label();
  }

  private static ImprovementRow row(
      PageContext page, Framework fw, Opportunity o, Set<String> groups) {
    Lang lang = page.lang();
    Optional<Criterion> c = fw.criterion(o.criterionId());
    CriterionTexts texts = page.index().criterionTexts(lang, fw);
    CriterionTexts.Entry t = c.map(texts::of).orElse(null);
    List<ImprovementRow.Reach> reach = new ArrayList<>();
    o.inputs()
        .forEach(
            (id, v) ->
                reach.add(
                    t == null
                        ? new ImprovementRow.Reach(id, "", texts.valueWithUnit(null, id, v), "")
                        : new ImprovementRow.Reach(
                            texts.label(t, c.get(), id),
                            t.inputLang(id),
                            texts.valueWithUnit(t, id, v),
                            t.valueLang(v))));
    String label = labelSaid(lang, c, o);
    if (!label.isEmpty() && reach.stream().noneMatch(r -> r.says(label))) {
      reach.add(ImprovementRow.Reach.text(label));
    }
    List<String> ranks = new ArrayList<>(groups.size());
    for (String g : groups) {
      Integer then = o.rankThen().get(g);
      ranks.add(then == null ? "" : rank(lang, o.rankNow().get(g)) + " → " + rank(lang, then));
    }
    return new ImprovementRow(
        o.criterionId(),
        t == null ? o.criterionId() : t.name(),
        t == null ? "" : t.nameLang(),
        reach,
        lang.points(o.pointsNow()),
        lang.points(o.pointsThen()),
        lang.points(o.totalThen()),
        lang.signed(o.gain()),
        ranks,
        scoredBy(page, fw, o));
  }

  /**
   * A rank column's group, by its name alone: a table for reference only is not marked here, where
   * its name sits in parentheses already ("Thứ hạng (…)") and a phone's header row has three lines.
   */
  private static String groupName(Lang lang, Framework fw, String groupId) {
    return fw.rankingGroups().stream()
        .filter(g -> g.id().equals(groupId))
        .findFirst()
        .map(g -> lang.pick(g.name(), g.nameEn()))
        .orElse(groupId);
  }

  private static String rank(Lang lang, Integer rank) {
    return rank == null ? "–" : lang.integer(rank);
  }
}
