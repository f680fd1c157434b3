package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.RankingGroup;
import org.opendti.rank.Ranking;
import org.opendti.render.view.HomeView;
import org.opendti.render.view.Link;
import org.opendti.render.view.RankingRow;
import org.opendti.score.UnitScore;

/**
 * The home page: frameworks, their latest period, the top 3 of each table (a group ranked within
 * more than {@link SiteTemplates#FOLD_PAST} parents: a list of its tables instead, folded), and the
 * biggest movers.
 */
final class HomePage {

  static final int TOP = 3;

  static final int MOVERS = 5;

  private HomePage() {}

  static HomeView view(PageContext page) {
    SiteIndex index = page.index();
    List<HomeView.FrameworkCard> real = new ArrayList<>();
    List<HomeView.FrameworkCard> waiting = new ArrayList<>();
    List<HomeView.FrameworkCard> samples = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      Optional<Period> latest = latest(index, fw);
      List<UnitScore> scored = latest.map(p -> index.scores(fw.id(), p.id())).orElse(List.of());
      boolean hasReal = scored.stream().anyMatch(s -> !isSample(index, s));
      boolean hasSample = scored.stream().anyMatch(s -> isSample(index, s));
      // A framework without any results is a real framework waiting for real submissions: after
      // the ones with real results.
      if (hasReal) {
        real.add(card(page, fw, latest, false));
      } else if (!hasSample) {
        waiting.add(card(page, fw, latest, false));
      }
      if (hasSample) {
        samples.add(card(page, fw, latest, true));
      }
    }
    real.addAll(waiting);
    List<Link> forms =
        index.frameworks().stream()
            .map(
                fw ->
                    new Link(
                        page.pick(fw.title(), fw.titleEn()),
                        page.href(FormPage.path(page.lang(), fw.id()))))
            .toList();
    return new HomeView(real, samples, forms);
  }

  /**
   * Whether a score is of a fictional sample unit (registry {@code sample}, or the score's flag).
   */
  static boolean isSample(SiteIndex index, UnitScore s) {
    return s.sample() || index.isSample(s.unitId());
  }

  private static Optional<Period> latest(SiteIndex index, Framework fw) {
    List<Period> published = index.publishedPeriods(fw);
    return published.isEmpty()
        ? Optional.empty()
        : Optional.of(published.get(published.size() - 1));
  }

  /**
   * A framework's card with the real units only, or the sample units only: a table whose rows are
   * all of the other kind is left out, and so are such rows and movers.
   */
  private static HomeView.FrameworkCard card(
      PageContext page, Framework fw, Optional<Period> latest, boolean sample) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Optional<Period> prev = latest.flatMap(p -> index.previous(fw, p.id()));
    List<HomeView.TopTable> tops = new ArrayList<>();
    List<HomeView.GroupTables> groups = new ArrayList<>();
    List<HomeView.Mover> movers = new ArrayList<>();
    int submitted = 0;
    if (latest.isPresent()) {
      String period = latest.get().id();
      submitted =
          (int)
              index.scores(fw.id(), period).stream()
                  .filter(s -> isSample(index, s) == sample)
                  .count();
      // A group ranked within more than FOLD_PAST parents (a province's districts: a hundred tables
      // at national scale) is one heading and a list of its tables, so that on a phone every
      // framework's whole-cohort leaders come before a hundred small tables; a few parents' tables
      // show their top three like the others.
      List<Ranking> tables =
          index.rankings(fw.id(), period).stream()
              .filter(
                  r ->
                      r.entries().stream()
                          .anyMatch(e -> RankingPages.isSample(index, r, e) == sample))
              .toList();
      Map<RankingGroup, Long> parents =
          tables.stream()
              .filter(r -> r.partitionUnitId() != null)
              .collect(Collectors.groupingBy(Ranking::group, Collectors.counting()));
      Map<RankingGroup, List<Link>> listed = new LinkedHashMap<>();
      for (Ranking r : tables) {
        Link table = new Link(page.tableTitle(r), SitePaths.href(here, RankingPages.path(lang, r)));
        if (r.partitionUnitId() != null && parents.get(r.group()) > SiteTemplates.FOLD_PAST) {
          listed
              .computeIfAbsent(r.group(), g -> new ArrayList<>())
              .add(new Link(index.unitName(r.partitionUnitId(), lang), table.href()));
          continue;
        }
        tops.add(
            new HomeView.TopTable(
                table,
                r.entries().stream()
                    .filter(e -> RankingPages.isSample(index, r, e) == sample)
                    .limit(TOP)
                    .map(e -> RankingPages.row(page, fw, r, e, prev))
                    .toList(),
                r.group().reference()));
      }
      listed.forEach(
          (g, links) ->
              groups.add(new HomeView.GroupTables(page.groupName(g), links, g.reference())));
      prev.ifPresent(
          p ->
              movers(page, fw, period, p.id()).stream()
                  .filter(m -> m.sample() == sample)
                  .limit(MOVERS)
                  .forEach(movers::add));
    }
    return new HomeView.FrameworkCard(
        lang.pick(fw.title(), fw.titleEn()),
        index
            .input()
            .dataset()
            .registry()
            .level(fw.level())
            .map(l -> lang.pick(l.name(), l.nameEn()))
            .orElse(fw.level()),
        new Link(
            lang.pick(fw.title(), fw.titleEn()),
            SitePaths.href(here, SitePaths.criteria(lang, fw.id()))),
        new Link("", SitePaths.href(here, SitePaths.methodology(lang, fw.id()))),
        new Link("", SitePaths.href(here, FormPage.path(lang, fw.id()))),
        latest
            .map(p -> new Link(p.id(), page.href(OverviewPage.path(lang, fw.id(), p.id()))))
            .orElse(null),
        latest.map(Period::id).orElse(null),
        prev.map(Period::id).orElse(null),
        lang.integer(submitted),
        tops,
        groups,
        movers);
  }

  /** Units scored in both periods, largest absolute change of total first, then by name. */
  private static List<HomeView.Mover> movers(
      PageContext page, Framework fw, String period, String prev) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    record Move(UnitScore now, UnitScore before, BigDecimal delta) {}
    List<Move> moves = new ArrayList<>();
    for (UnitScore now : index.scores(fw.id(), period)) {
      index
          .score(now.unitId(), fw.id(), prev)
          .ifPresent(b -> moves.add(new Move(now, b, now.total().subtract(b.total()))));
    }
    Comparator<Move> order =
        Comparator.<Move, BigDecimal>comparing(m -> m.delta().abs())
            .reversed()
            .thenComparing(m -> index.unitName(m.now().unitId(), Lang.VI), index.names())
            .thenComparing(m -> m.now().unitId());
    return moves.stream()
        .filter(m -> m.delta().signum() != 0)
        .sorted(order)
        .map(
            m ->
                new HomeView.Mover(
                    new Link(
                        index.unitName(m.now().unitId(), lang),
                        SitePaths.href(
                            here, SitePaths.scorecard(lang, m.now().unitId(), fw.id(), period))),
                    lang.points(m.before().total()),
                    lang.points(m.now().total()),
                    lang.signed(m.delta()),
                    m.delta().signum() > 0,
                    isSample(index, m.now())))
        .toList();
  }

  /**
   * Whether the page needs the sample banner: never, since the home page shows sample units only in
   * their own section, headed and explained as sample data.
   */
  static boolean showsSample(HomeView view) {
    return view.frameworks().stream()
        .anyMatch(
            c ->
                c.tops().stream().anyMatch(t -> t.rows().stream().anyMatch(RankingRow::sample))
                    || c.movers().stream().anyMatch(HomeView.Mover::sample));
  }
}
