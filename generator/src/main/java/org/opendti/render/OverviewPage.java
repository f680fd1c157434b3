package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Level;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.rank.Ranking;
import org.opendti.render.view.Link;
import org.opendti.render.view.OverviewView;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * The overview of a framework and period (issue #16 item 5): submitted against expected, the
 * average of each pillar and its leader, for the whole cohort and, where the units' parents are
 * below the province (communes in districts), per parent. Real and sample units are counted apart.
 *
 * <p>Expected units: {@link ExpectedUnits}, the units the framework covers that are active during
 * the period.
 */
final class OverviewPage {

  /** Leaders named per pillar; more who share the lead are counted. */
  static final int LEADERS = 3;

  private OverviewPage() {}

  static String path(Lang lang, String fw, String period) {
    return SitePaths.prefix(lang)
        + "overview/"
        + SitePaths.seg(fw)
        + "/"
        + SitePaths.seg(period)
        + ".html";
  }

  static OverviewView view(PageContext page, Framework fw, Period period) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    List<Link> periods = new ArrayList<>();
    for (Period p : index.pagedPeriods(fw)) {
      periods.add(
          new Link(
              p.id(), p.id().equals(period.id()) ? null : page.href(path(lang, fw.id(), p.id()))));
    }
    List<Link> rankings = new ArrayList<>();
    for (Ranking r : index.rankings(fw.id(), period.id())) {
      rankings.add(new Link(page.tableTitle(r), page.href(RankingPages.path(lang, r))));
    }
    List<OverviewView.Part> parts = new ArrayList<>();
    for (boolean sample : new boolean[] {false, true}) {
      List<UnitScore> scores =
          index.scores(fw.id(), period.id()).stream()
              .filter(s -> HomePage.isSample(index, s) == sample)
              .toList();
      if (!scores.isEmpty()) {
        parts.add(part(page, fw, period, scores, sample));
      }
    }
    return new OverviewView(
        lang.pick(fw.title(), fw.titleEn()),
        new Link(lang.pick(fw.title(), fw.titleEn()), page.href(SitePaths.criteria(lang, fw.id()))),
        period.id(),
        lang.date(period.start()) + " – " + lang.date(period.end()),
        periods,
        rankings,
        parts);
  }

  /** Whether any of the period's units is a sample unit (the page then carries the banner). */
  static boolean showsSample(OverviewView v) {
    return v.parts().stream().anyMatch(OverviewView.Part::sample);
  }

  private static OverviewView.Part part(
      PageContext page, Framework fw, Period period, List<UnitScore> scores, boolean sample) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    List<Unit> expected = expected(index, fw, period, scores, sample);
    String prefix = sample ? "sample" : "real";
    List<OverviewView.Area> areas = new ArrayList<>();
    areas.add(
        area(page, fw, prefix + "-all", page.t("overviewAll"), null, scores, expected.size()));
    Optional<Level> parentLevel = parentLevel(index, fw);
    if (parentLevel.isPresent()) {
      // Grouped in one pass each: a filter over every unit per parent was quadratic (a hundred
      // districts × 10,000 communes per page).
      Map<String, List<UnitScore>> scoresOf = new HashMap<>();
      Map<String, Long> expectedOf = new HashMap<>();
      Set<String> parents = new TreeSet<>();
      for (Unit u : expected) {
        if (u.parent() != null) {
          parents.add(u.parent());
          expectedOf.merge(u.parent(), 1L, Long::sum);
        }
      }
      for (UnitScore s : scores) {
        String parent = index.unit(s.unitId()).map(Unit::parent).orElse(null);
        if (parent != null) {
          parents.add(parent);
          scoresOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
        }
      }
      List<String> ordered =
          parents.stream()
              .sorted(
                  Comparator.comparing((String id) -> index.unitName(id, Lang.VI), index.names())
                      .thenComparing(Function.identity()))
              .toList();
      Map<String, List<UnitScore>> byParent = new LinkedHashMap<>();
      for (String parent : ordered) {
        byParent.put(parent, scoresOf.getOrDefault(parent, List.of()));
      }
      for (Map.Entry<String, List<UnitScore>> e : byParent.entrySet()) {
        long exp = expectedOf.getOrDefault(e.getKey(), 0L);
        areas.add(
            area(
                page,
                fw,
                prefix + "-" + SitePaths.seg(e.getKey()),
                index.unitName(e.getKey(), lang),
                partitionTable(index, fw, period, e.getKey(), e.getValue()),
                e.getValue(),
                exp));
      }
    }
    return new OverviewView.Part(
        sample, prefix, areas, parentLevel.map(l -> lang.pick(l.name(), l.nameEn())).orElse(""));
  }

  /**
   * The level of the parents to break down by: the framework's level's parent level, when that is
   * not a top level itself (communes by district; not departments or districts by province).
   */
  private static Optional<Level> parentLevel(SiteIndex index, Framework fw) {
    var registry = index.input().dataset().registry();
    return registry
        .level(fw.level())
        .map(Level::parentLevel)
        .flatMap(registry::level)
        .filter(l -> l.parentLevel() != null);
  }

  /**
   * The ranking of the units of {@code parent} that ranks {@code scores} (the real units' table or,
   * in a period with both, the sample units' own), where the framework ranks per parent.
   */
  private static Ranking partitionTable(
      SiteIndex index, Framework fw, Period period, String parent, List<UnitScore> scores) {
    return index.rankings(fw.id(), period.id()).stream()
        .filter(r -> parent.equals(r.partitionUnitId()))
        .filter(r -> scores.isEmpty() || index.entry(r, scores.get(0).unitId()).isPresent())
        .findFirst()
        .orElse(null);
  }

  /** The units the registry expects to submit ({@link ExpectedUnits}), real or sample. */
  static List<Unit> expected(
      SiteIndex index, Framework fw, Period period, List<UnitScore> scores, boolean sample) {
    return ExpectedUnits.of(index, fw, period, scores.stream().map(UnitScore::unitId).toList())
        .stream()
        .filter(u -> u.sample() == sample)
        .toList();
  }

  private static OverviewView.Area area(
      PageContext page,
      Framework fw,
      String id,
      String name,
      Ranking ranking,
      List<UnitScore> scores,
      long expected) {
    Lang lang = page.lang();
    List<OverviewView.Stat> stats = new ArrayList<>();
    stats.add(
        stat(
            page,
            fw,
            page.t("total"),
            fw.totalPoints(),
            scores,
            s -> Optional.ofNullable(s.total())));
    for (Group p : fw.pillars()) {
      stats.add(
          stat(
              page,
              fw,
              lang.pick(p.name(), p.nameEn()),
              p.basePoints(),
              scores,
              s ->
                  s.pillars().stream()
                      .filter(x -> x.pillarId().equals(p.id()))
                      .findFirst()
                      .map(PillarScore::points)));
    }
    String share =
        expected == 0
            ? ""
            : lang.percent(
                BigDecimal.valueOf(scores.size() * 100L)
                    .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
    return new OverviewView.Area(
        id,
        name,
        ranking == null ? null : new Link(name, page.href(RankingPages.path(lang, ranking))),
        lang.integer(scores.size()),
        lang.integer(expected),
        share,
        stats);
  }

  private static OverviewView.Stat stat(
      PageContext page,
      Framework fw,
      String name,
      BigDecimal max,
      List<UnitScore> scores,
      Function<UnitScore, Optional<BigDecimal>> points) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    BigDecimal best = null;
    for (UnitScore s : scores) {
      Optional<BigDecimal> p = points.apply(s);
      if (p.isPresent()) {
        sum = sum.add(p.get());
        n++;
        best = best == null || p.get().compareTo(best) > 0 ? p.get() : best;
      }
    }
    BigDecimal top = best;
    List<UnitScore> leaders =
        top == null
            ? List.of()
            : scores.stream()
                .filter(
                    s ->
                        points
                            .apply(s)
                            .map(p -> p.setScale(2, RoundingMode.HALF_UP))
                            .map(p -> p.compareTo(top.setScale(2, RoundingMode.HALF_UP)) == 0)
                            .orElse(false))
                .sorted(
                    Comparator.comparing(
                            (UnitScore s) -> index.unitName(s.unitId(), lang), index.names())
                        .thenComparing(UnitScore::unitId))
                .toList();
    return new OverviewView.Stat(
        name,
        n == 0 ? "" : lang.points(sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)),
        lang.points(max),
        top == null ? "" : lang.points(top),
        leaders.stream()
            .limit(LEADERS)
            .map(
                s ->
                    new Link(
                        index.unitName(s.unitId(), lang), page.href(ScorecardPage.path(lang, s))))
            .toList(),
        leaders.size() > LEADERS ? lang.integer(leaders.size() - LEADERS) : "");
  }
}
