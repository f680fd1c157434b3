package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Period;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.render.view.DataFile;
import org.opendti.render.view.Link;
import org.opendti.render.view.RankingRow;
import org.opendti.render.view.RankingView;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * Ranking tables ({@code 004_…} Điều 6: separate groups, equal totals share a rank). A table of
 * more than {@link SiteIndex#rankingRows()} units is split into pages of that many rows, in rank
 * order (issue #17): a province-wide table of 9,900 communes in one page is 8.9 MB of HTML, which
 * took 36 s to load and 15 s to filter in Chromium with the CPU slowed 4× as for a phone.
 */
final class RankingPages {

  /** Rows per page of a ranking table, by default. */
  static final int PAGE_ROWS = 200;

  private RankingPages() {}

  /** The table's first (or only) page. */
  static String path(Lang lang, Ranking r) {
    return SitePaths.ranking(
        lang, r.frameworkId(), r.periodId(), r.group().id(), r.partitionUnitId());
  }

  /**
   * Page {@code n} (from 1) of the table: the first page's address, then {@code <name>.<n>.html}.
   * Ids have no dot, so no table's first page has such a name.
   */
  static String path(Lang lang, Ranking r, int n) {
    String first = path(lang, r);
    return n == 1
        ? first
        : first.substring(0, first.length() - ".html".length()) + "." + n + ".html";
  }

  /** How many pages the table has: one at least. */
  static int pages(SiteIndex index, Ranking r) {
    return Math.max(1, (r.entries().size() + index.rankingRows() - 1) / index.rankingRows());
  }

  /** The page of the table that lists the unit; the first when it lists none. */
  static String pathOf(SiteIndex index, Lang lang, Ranking r, String unitId) {
    return path(lang, r, 1 + index.position(r, unitId).orElse(0) / index.rankingRows());
  }

  /**
   * Page {@code n} (from 1) of the table, {@code page} being at {@link #path(Lang, Ranking, int)}.
   */
  static RankingView view(PageContext page, Framework fw, Ranking r, int n) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Period period = fw.period(r.periodId()).orElseThrow();
    Optional<Period> prev = index.previous(fw, r.periodId());
    int per = index.rankingRows();
    int pages = pages(index, r);
    List<RankEntry> entries =
        r.entries()
            .subList(
                Math.min(r.entries().size(), (n - 1) * per), Math.min(r.entries().size(), n * per));
    List<RankingRow> rows = new ArrayList<>();
    for (RankEntry e : entries) {
      rows.add(row(page, fw, r, e, prev));
    }
    List<DataFile> openData = new ArrayList<>(OpenDataPage.scoreFiles(page, fw.id(), period.id()));
    openData.add(page.dataFile(page.t("openDataPackage"), SitePaths.DATAPACKAGE));
    List<Link> others = new ArrayList<>();
    for (Ranking o : index.rankings(fw.id(), r.periodId())) {
      String title = page.tableTitle(o);
      others.add(new Link(title, o == r ? null : SitePaths.href(here, path(lang, o))));
    }
    List<RankingView.Column> pillarColumns =
        fw.pillars().stream()
            .map(
                p ->
                    new RankingView.Column(
                        lang.pick(p.name(), p.nameEn()), lang.points(p.basePoints())))
            .toList();
    boolean showsIntervals =
        rows.stream().anyMatch(x -> !x.rankInterval().isEmpty() || x.notClearlyBehind());
    Optional<Ranking> before = prev.flatMap(p -> index.sameTable(r, p.id()));
    return new RankingView(
        page.tableTitle(r),
        lang.pick(fw.title(), fw.titleEn()),
        period.id(),
        lang.date(period.start()) + " – " + lang.date(period.end()),
        prev.map(Period::id).orElse(""),
        lang.points(fw.totalPoints()),
        parentHeading(page, r),
        pillarColumns,
        rows,
        openData,
        new Link(
            lang.pick(fw.title(), fw.titleEn()),
            SitePaths.href(here, SitePaths.criteria(lang, fw.id()))),
        others,
        RankIntervalText.methodologyLink(page, fw),
        showsIntervals,
        new Link(
            page.t("overviewLink") + " " + period.id(),
            page.href(OverviewPage.path(lang, fw.id(), period.id()))),
        pages == 1 ? null : pager(page, r, n, pages),
        before.map(b -> movesNote(page, r, b, prev.get())).orElse(List.of()),
        referenceNote(page, fw, r));
  }

  /**
   * What a table its framework has for reference only says under its heading: that it is not the
   * official ranking, and which groups are. Empty for an official table.
   */
  static String referenceNote(PageContext page, Framework fw, Ranking r) {
    if (!r.group().reference()) {
      return "";
    }
    List<String> official =
        fw.rankingGroups().stream()
            .filter(g -> !g.reference())
            .map(g -> page.pick(g.name(), g.nameEn()))
            .toList();
    return official.isEmpty()
        ? page.t("rankingReferenceNote")
        : page.t("rankingReferenceNote")
            + " "
            + Messages.format(page.t("rankingReferenceOfficial"), String.join("; ", official));
  }

  /** At most this many units that left the table are named; the rest are counted. */
  private static final int LEFT_NAMED = 10;

  /**
   * What the change column counts when the table's units are not those of the previous period's
   * table: the units in both, and which units left. Empty when the tables hold the same units.
   */
  private static List<String> movesNote(PageContext page, Ranking r, Ranking b, Period prev) {
    RankMoves moves = RankMoves.of(page.index(), r, b);
    if (!moves.membershipChanged()) {
      return List.of();
    }
    Lang lang = page.lang();
    List<String> out = new ArrayList<>();
    out.add(
        Messages.format(
            page.t("rankMovesNote"), lang.integer(moves.common()), prev.id(), r.periodId()));
    if (!moves.left().isEmpty()) {
      List<String> names =
          moves.left().stream().limit(LEFT_NAMED).map(u -> page.index().unitName(u, lang)).toList();
      int more = moves.left().size() - names.size();
      out.add(
          Messages.format(
              page.t(more > 0 ? "rankMovesLeftMore" : "rankMovesLeft"),
              lang.integer(moves.left().size()),
              prev.id(),
              String.join(", ", names),
              lang.integer(more)));
    }
    return out;
  }

  private static RankingView.Pager pager(PageContext page, Ranking r, int n, int pages) {
    Lang lang = page.lang();
    int per = page.index().rankingRows();
    List<Link> all = new ArrayList<>();
    for (int k = 1; k <= pages; k++) {
      all.add(
          new Link(
              Messages.format(page.t("rankingPageRanks"), ranks(lang, r, k, per)),
              k == n ? null : page.href(path(lang, r, k))));
    }
    String[] here = ranks(lang, r, n, per);
    return new RankingView.Pager(
        Messages.format(
            page.t("rankingPageHere"), lang.integer(n), lang.integer(pages), here[0], here[1]),
        Messages.format(
            page.t("rankingPageNote"), lang.integer(r.entries().size()), lang.integer(per)),
        new Link(page.t("searchLink"), page.href(SearchPage.path(lang))),
        n == 1 ? null : new Link(page.t("rankingPrevious"), page.href(path(lang, r, n - 1))),
        n == pages ? null : new Link(page.t("rankingNext"), page.href(path(lang, r, n + 1))),
        all);
  }

  /** The ranks of the first and the last row of page {@code n}. */
  private static String[] ranks(Lang lang, Ranking r, int n, int per) {
    List<RankEntry> list = r.entries();
    return new String[] {
      lang.integer(list.get((n - 1) * per).rank()),
      lang.integer(list.get(Math.min(list.size(), n * per) - 1).rank())
    };
  }

  /**
   * The heading of the parent column: the level of the units' parents ("Huyện"), or "" when every
   * unit of the table has the same parent (a table within a district, the province's departments),
   * where the column would only repeat the title.
   */
  static String parentHeading(PageContext page, Ranking r) {
    // The same for every page of the table: computed once per table and language, not once per
    // page (a 9,900-unit table has 50 pages, each walking all 9,900 entries: issue #17).
    return page.index()
        .memo(
            new HeadingKey(
                r.frameworkId(), r.periodId(), r.group().id(), r.partitionUnitId(), page.lang()),
            () -> parentHeadingOf(page, r));
  }

  /** A table and a language, for {@link #parentHeading}. */
  private record HeadingKey(
      String framework, String period, String group, String partition, Lang lang) {}

  private static String parentHeadingOf(PageContext page, Ranking r) {
    SiteIndex index = page.index();
    java.util.Set<String> parents = new java.util.TreeSet<>();
    java.util.Set<String> levels = new java.util.TreeSet<>();
    for (RankEntry e : r.entries()) {
      index
          .unit(e.unitId())
          .flatMap(u -> index.unit(u.parent()))
          .ifPresent(
              p -> {
                parents.add(p.id());
                levels.add(p.level() == null ? "" : p.level());
              });
    }
    if (parents.size() < 2) {
      return "";
    }
    return levels.size() == 1
        ? index
            .input()
            .dataset()
            .registry()
            .level(levels.iterator().next())
            .map(l -> page.pick(l.name(), l.nameEn()))
            .orElse(page.t("parentUnit"))
        : page.t("parentUnit");
  }

  /** Whether a table's row is of a fictional sample unit (registry or the score's flag). */
  static boolean isSample(SiteIndex index, Ranking r, RankEntry e) {
    return isSample(index, index.score(e.unitId(), r.frameworkId(), r.periodId()), e);
  }

  private static boolean isSample(SiteIndex index, Optional<UnitScore> score, RankEntry e) {
    return index.isSample(e.unitId()) || score.map(UnitScore::sample).orElse(false);
  }

  /** One row of the page it appears on (a ranking or the home page). */
  static RankingRow row(
      PageContext page, Framework fw, Ranking r, RankEntry e, Optional<Period> prev) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    String here = page.path();
    Optional<UnitScore> score = index.score(e.unitId(), fw.id(), r.periodId());
    List<String> pillars = new ArrayList<>();
    for (Group p : fw.pillars()) {
      pillars.add(
          score
              .flatMap(
                  s -> s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst())
              .map(PillarScore::points)
              .map(lang::points)
              .orElse(""));
    }
    Optional<Ranking> table = prev.flatMap(p -> index.sameTable(r, p.id()));
    Optional<RankEntry> before = table.flatMap(t -> index.entry(t, e.unitId()));
    String change = "";
    String kind = "new";
    String changeText = page.t("rankNew");
    if (before.isPresent()) {
      // Counted among the units in both tables (RankMoves): the raw ranks' difference when the
      // tables hold the same units, and said to be among them when they do not.
      RankMoves moves = RankMoves.of(index, r, table.get());
      int delta = moves.of(e.unitId()).orElseThrow();
      change = lang.signed(BigDecimal.valueOf(delta));
      kind = delta > 0 ? "up" : delta < 0 ? "down" : "same";
      String key = delta > 0 ? "rankUp" : delta < 0 ? "rankDown" : "rankSame";
      changeText =
          Messages.format(
              page.t(moves.membershipChanged() ? key + "Among" : key),
              lang.integer(Math.abs(delta)),
              lang.integer(before.get().rank()),
              prev.map(Period::id).orElse(""));
    }
    return new RankingRow(
        lang.integer(e.rank()),
        Integer.toString(e.rank()),
        new Link(
            index.unitName(e.unitId(), lang),
            SitePaths.href(here, SitePaths.scorecard(lang, e.unitId(), fw.id(), r.periodId()))),
        lang.points(e.total()),
        e.total().toPlainString(),
        pillars,
        change,
        kind,
        before.map(b -> lang.integer(b.rank())).orElse(""),
        changeText,
        index.unit(e.unitId()).map(u -> index.unitName(u.parent(), lang)).orElse(""),
        isSample(index, score, e),
        RankIntervalText.interval(lang, index.interval(r, e.unitId())),
        RankIntervalText.notClearlyBehind(index.interval(r, e.unitId())));
  }
}
