package org.opendti.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.render.view.Link;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

/**
 * A unit's results across periods, including the units it replaced (registry {@code predecessors}:
 * communes merged by the 2025 reform keep their history).
 */
final class ScorecardHistory {

  private ScorecardHistory() {}

  /** The unit's and its predecessors' (transitively) scores, oldest period first. */
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
    return items.stream()
        .map(
            it ->
                new ScorecardView.HistoryRow(
                    new Link(index.unitName(it.score().unitId(), lang), null),
                    new Link(
                        it.period().id(),
                        SitePaths.href(here, ScorecardPage.path(lang, it.score()))),
                    lang.pick(it.fw().title(), it.fw().titleEn()),
                    lang.points(it.score().total()),
                    it.score().classification() == null
                        ? ""
                        : lang.pick(
                            it.score().classification().label(),
                            it.score().classification().labelEn()),
                    it.score() == current))
        .toList();
  }
}
