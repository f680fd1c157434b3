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
import org.opendti.render.view.DataFile;
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
   * The unit's and its predecessors' (transitively) scores, oldest period first, each with its
   * total's share of its framework's maximum for the bar its table draws.
   */
  static List<ScorecardView.HistoryRow> of(PageContext page, UnitScore current) {
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
      boolean paged = index.hasPages(it.fw().id(), it.period().id());
      Optional<Ranking> table =
          index.rankingsOf(it.fw().id(), it.period().id(), it.score().unitId()).stream()
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
                  it.period().id(),
                  paged ? SitePaths.href(here, ScorecardPage.path(lang, it.score())) : null),
              lang.pick(it.fw().title(), it.fw().titleEn()),
              lang.points(it.score().total()),
              it.score().classification() == null
                  ? ""
                  : lang.pick(
                      it.score().classification().label(), it.score().classification().labelEn()),
              it.score() == current,
              rank,
              table.map(page::tableTitle).orElse(""),
              share(it.score().total(), it.fw().totalPoints()).stripTrailingZeros().toPlainString(),
              paged ? List.of() : openData(page, it.score())));
    }
    return rows;
  }

  /**
   * Where an archived period's points are still explained: its scores ({@code scores.xlsx}, the
   * file a scorecard's reader opens in Excel: every criterion's points and the ranks) and the
   * unit's submission as published, when there is one.
   */
  private static List<DataFile> openData(PageContext page, UnitScore s) {
    List<DataFile> links = new ArrayList<>();
    String xlsx = SitePaths.data(s.frameworkId(), s.periodId(), "scores.xlsx");
    links.add(page.dataFile(page.t("historyArchivedData"), xlsx));
    page.index()
        .submission(s)
        .ifPresent(
            x ->
                links.add(
                    page.dataFile(page.t("historyArchivedSubmission"), FormUnits.file(s.key()))));
    return links;
  }

  /** Total's share of the maximum, 0–1, for the bar's length. */
  private static BigDecimal share(BigDecimal total, BigDecimal max) {
    if (total == null || max == null || max.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return total.divide(max, 4, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }
}
