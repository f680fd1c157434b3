package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.rank.Ranking;
import org.opendti.render.view.Link;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

/**
 * A unit's results across periods, including the units it replaced (registry {@code predecessors}:
 * communes merged by the 2025 reform keep their history).
 */
final class ScorecardHistory {

  private ScorecardHistory() {}

  /**
   * The unit's and its predecessors' (transitively) scores, oldest period first; the share of the
   * maximum and the "#rank" of each are added to {@code shares} and {@code ranks}, for {@link
   * #chart}.
   */
  static List<ScorecardView.HistoryRow> of(
      PageContext page, UnitScore current, List<BigDecimal> shares, List<String> ranks) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Set<String> ids = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(current.unitId()));
    while (!todo.isEmpty()) {
      String id = todo.remove(0);
      if (ids.add(id)) {
        index.unit(id).ifPresent(u -> todo.addAll(u.predecessors()));
      }
    }
    record Item(UnitScore score, Framework fw, Period period) {}
    List<Item> items = new ArrayList<>();
    for (UnitScore s : ids.stream().flatMap(id -> index.scoresOf(id).stream()).toList()) {
      index
          .input()
          .dataset()
          .framework(s.frameworkId())
          .flatMap(f -> f.period(s.periodId()).map(p -> new Item(s, f, p)))
          .ifPresent(items::add);
    }
    items.sort(
        Comparator.<Item, java.time.LocalDate>comparing(it -> it.period().start())
            .thenComparing(it -> it.fw().id())
            .thenComparing(it -> it.score().unitId()));
    List<ScorecardView.HistoryRow> rows = new ArrayList<>();
    for (Item it : items) {
      Optional<Ranking> table =
          index.rankings(it.fw().id(), it.period().id()).stream()
              .filter(r -> index.entry(r, it.score().unitId()).isPresent())
              .findFirst();
      String rank =
          table
              .map(
                  r ->
                      lang.integer(index.entry(r, it.score().unitId()).orElseThrow().rank())
                          + " / "
                          + lang.integer(r.entries().size()))
              .orElse("");
      rows.add(
          new ScorecardView.HistoryRow(
              new Link(index.unitName(it.score().unitId(), lang), null),
              new Link(
                  it.period().id(), SitePaths.href(here, ScorecardPage.path(lang, it.score()))),
              lang.pick(it.fw().title(), it.fw().titleEn()),
              lang.points(it.score().total()),
              it.score().classification() == null
                  ? ""
                  : lang.pick(
                      it.score().classification().label(), it.score().classification().labelEn()),
              it.score() == current,
              rank,
              table.map(r -> index.tableTitle(r, lang)).orElse("")));
      shares.add(share(it.score().total(), it.fw().totalPoints()));
      ranks.add(
          table
              .map(
                  r -> "#" + lang.integer(index.entry(r, it.score().unitId()).orElseThrow().rank()))
              .orElse(""));
    }
    return rows;
  }

  /** Periods the chart shows at most, the latest: a bar and its labels stay legible at 320 px. */
  static final int PERIODS = 5;

  private static final int WIDTH = 360;
  private static final int TOP = 22;
  private static final int PLOT = 110;

  /** Total's share of the maximum, 0–1, for the bar's height. */
  private static BigDecimal share(BigDecimal total, BigDecimal max) {
    if (total == null || max == null || max.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return total.divide(max, 4, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  /** The chart of the rows' totals and ranks; null with fewer than two periods. */
  static ScorecardView.HistoryChart chart(
      List<ScorecardView.HistoryRow> rows, List<BigDecimal> shares, List<String> ranks) {
    if (rows.size() < 2) {
      return null;
    }
    int from = Math.max(0, rows.size() - PERIODS);
    int n = rows.size() - from;
    double slot = (WIDTH - 4.0) / n;
    double bar = Math.min(56, slot - 12);
    List<ScorecardView.HistoryBar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ScorecardView.HistoryRow r = rows.get(from + i);
      int h =
          Math.max(
              1,
              shares
                  .get(from + i)
                  .multiply(BigDecimal.valueOf(PLOT))
                  .setScale(0, RoundingMode.HALF_UP)
                  .intValue());
      double cx = 2 + slot * i + slot / 2;
      bars.add(
          new ScorecardView.HistoryBar(
              r.scorecard().label(),
              r.total(),
              ranks.get(from + i),
              r.current(),
              fixed(cx - bar / 2),
              Integer.toString(TOP + PLOT - h),
              fixed(bar),
              Integer.toString(h),
              fixed(cx),
              Integer.toString(TOP + PLOT - h - 5),
              Integer.toString(TOP + PLOT + 18),
              Integer.toString(TOP + PLOT + 38)));
    }
    return new ScorecardView.HistoryChart(
        Integer.toString(WIDTH),
        Integer.toString(TOP + PLOT + 44),
        Integer.toString(TOP + PLOT),
        bars);
  }

  private static String fixed(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
