package org.opendti.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.Flag;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.render.view.Link;
import org.opendti.render.view.ReviewersView;
import org.opendti.render.view.TextPart;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;
import org.opendti.validate.StaleCorrections;

/**
 * The reviewers' workbench ({@code reviewers.html}), its page per framework and period ({@code
 * reviewers/<framework>-<period>.html}) and their CSV and Excel files: every unit expected to
 * submit and its state.
 *
 * <p>Expected units: every unit of the framework's level that exists during the period (its
 * validity dates overlap the period), in the provinces (top-level units) whose units submit to the
 * framework in any period: a framework file does not name its area, and a province's framework
 * (e.g. Gia Lai's {@code 004_…}) is not meant for the districts of another province in the
 * registry.
 *
 * <p>Day counts are reckoned from one day, the latest date the data records (a review, an
 * objection, or a submission's arrival on main), never from the clock: the site stays the same
 * bytes whenever it is built. The page says which day that is.
 *
 * <p>A review's effect on points compares the published total with the unit's total scored without
 * any review of the cohort (one more scoring per framework and period that has reviews); its effect
 * on rank places that total among the others' published totals in the framework's first ranking
 * table holding the unit.
 */
final class ReviewDashboard {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String STATE_MISSING = "missing";
  static final String STATE_PENDING = "pending";
  static final String STATE_REVIEWED = "reviewed";

  private ReviewDashboard() {}

  /** The CSV's path beside the page: {@code reviewers/<framework>-<period>.csv}. */
  static String csvPath(Lang lang, CohortKey key) {
    return SitePaths.prefix(lang) + "reviewers/" + key.framework() + "-" + key.period() + ".csv";
  }

  /** The workbook's path beside the page: {@code reviewers/<framework>-<period>.xlsx}. */
  static String xlsxPath(Lang lang, CohortKey key) {
    return SitePaths.prefix(lang) + "reviewers/" + key.framework() + "-" + key.period() + ".xlsx";
  }

  /**
   * The frameworks and periods the workbench shows: every period of a framework in use but the
   * archived ones ({@link SiteIndex#hasPages}).
   */
  static List<CohortKey> cohorts(SiteIndex index) {
    List<CohortKey> out = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      boolean used =
          index.input().dataset().submissions().stream()
              .anyMatch(s -> s.framework().equals(fw.id()));
      if (!used) {
        continue;
      }
      fw.periods().stream()
          .filter(p -> index.hasPages(fw.id(), p.id()))
          .sorted(Comparator.comparing(Period::start).thenComparing(Period::id))
          .forEach(p -> out.add(new CohortKey(fw.id(), p.id())));
    }
    return out;
  }

  /** The page of one framework and period: {@code reviewers/<framework>-<period>.html}. */
  static String pagePath(Lang lang, CohortKey key) {
    return SitePaths.prefix(lang) + "reviewers/" + key.framework() + "-" + key.period() + ".html";
  }

  /**
   * The workbench: every framework and period with its counts, linking to its page, and the digit
   * tests. No rows: the counts are reckoned from the data alone, so the page reads no Git history
   * besides the date the data are as of, and a merge on a day the data already record leaves it as
   * it was (its input key, {@link PageInputs#workbench()}, holds no file's history; issue #17).
   */
  static ReviewersView view(PageContext page) {
    SiteIndex index = page.index();
    LocalDate asOf = asOf(index);
    List<ReviewersView.Cohort> cohorts = new ArrayList<>();
    for (CohortKey key : cohorts(index)) {
      cohorts.add(cohort(page, key, List.of()));
    }
    return new ReviewersView(page.lang().date(asOf), cohorts, Integrity.view(page));
  }

  /** The page of one framework and period, {@code page} being at {@link #pagePath}. */
  static ReviewersView.CohortPage cohortPage(PageContext page, CohortKey key) {
    LocalDate asOf = asOf(page.index());
    return new ReviewersView.CohortPage(
        page.lang().date(asOf),
        new Link(page.t("reviewersLink"), page.href(Insight.reviewersPath(page.lang()))),
        cohort(page, key, rows(page, key, asOf)));
  }

  /** A framework and period with {@code rows}, and its counts reckoned from the data. */
  private static ReviewersView.Cohort cohort(
      PageContext page, CohortKey key, List<ReviewersView.Row> rows) {
    SiteIndex index = page.index();
    Dataset d = index.input().dataset();
    Framework fw = d.framework(key.framework()).orElseThrow();
    Period p = fw.period(key.period()).orElseThrow();
    List<String> units = index.memo(new Listed(key), () -> expected(index, fw, p));
    Map<String, Long> counts = new HashMap<>();
    long open = 0;
    for (String unitId : units) {
      Optional<Submission> s = d.submission(new SubmissionKey(fw.id(), p.id(), unitId));
      Optional<Review> review = s.flatMap(d::reviewOf);
      counts.merge(state(s, review), 1L, Long::sum);
      open += review.map(ReviewDashboard::openObjections).orElse(0L);
    }
    String title = page.titleInPeriod(fw, p);
    return new ReviewersView.Cohort(
        key.framework() + "-" + key.period(),
        title,
        page.lang().date(p.deadline()),
        Messages.format(
            page.t("dashboardCounts"),
            page.lang().integer(units.size()),
            page.lang().integer(counts.getOrDefault(STATE_MISSING, 0L)),
            page.lang().integer(counts.getOrDefault(STATE_PENDING, 0L)),
            page.lang().integer(counts.getOrDefault(STATE_REVIEWED, 0L)),
            page.lang().integer(open)),
        new Link(title, page.href(pagePath(page.lang(), key))),
        new Link(page.t("dashboardXlsx"), page.href(xlsxPath(page.lang(), key))),
        new Link(page.t("dashboardCsv"), page.href(csvPath(page.lang(), key))),
        rows);
  }

  /**
   * The table's two files, in the page's language, from one reckoning of its rows: CSV (UTF-8 with
   * a byte order mark) and an Excel workbook ({@link TableWorkbook}, which says why both), whose
   * points column holds numbers.
   */
  static void files(PageContext page, CohortKey key, BiConsumer<String, byte[]> add) {
    List<ReviewersView.Row> rows = rows(page, key, asOf(page.index()));
    List<String> header =
        List.of(
            page.t("unit"),
            page.t("dashboardState"),
            page.t("dashboardDays"),
            page.t("reviewer"),
            page.t("dashboardCorrections"),
            page.t("dashboardPoints"),
            page.t("dashboardRank"),
            page.t("objections"),
            page.t("dashboardFlags"));
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (ReviewersView.Row r : rows) {
      cells.add(
          List.of(
              r.unit().label(),
              r.stateText(),
              r.days(),
              TextPart.join(r.reviewer()),
              r.corrections(),
              r.points(),
              r.rank(),
              TextPart.join(r.objections()),
              String.join(" ", r.flags())));
    }
    add.accept(
        csvPath(page.lang(), key),
        TableCsv.of(header, cells, r -> r.stream().map(ReviewDashboard::neutral).toList()));
    List<List<Object>> sheet = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = new ArrayList<>(cells.get(i));
      String points = rows.get(i).pointsSort();
      row.set(POINTS, points.isEmpty() ? "" : new BigDecimal(points));
      sheet.add(row);
    }
    add.accept(
        xlsxPath(page.lang(), key),
        TableWorkbook.xlsx(key.framework() + " " + key.period(), header, sheet, WIDTHS, 1));
  }

  /** The column of the review's effect on points, a number in the workbook. */
  private static final int POINTS = 5;

  private static final List<Double> WIDTHS =
      List.of(32.0, 16.0, 18.0, 24.0, 14.0, 12.0, 12.0, 40.0, 40.0);

  /**
   * A cell a spreadsheet will not run: one starting with {@code = + - @}, a tab or a carriage
   * return gets a leading apostrophe (OWASP's advice for CSV injection). Unit names, reviewers and
   * reasons come from submitted files.
   */
  static String neutral(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }

  /**
   * The latest date the data records; the period's deadline when it records none. Reckoned once per
   * site: it reads every submission's arrival, and every workbench page, table and input key asks
   * for it (issue #17).
   */
  static LocalDate asOf(SiteIndex index) {
    return index.memo(new AsOf(), () -> reckonAsOf(index));
  }

  private static LocalDate reckonAsOf(SiteIndex index) {
    LocalDate latest = null;
    Dataset d = index.input().dataset();
    for (Review r : d.reviews()) {
      latest = max(latest, r.date());
      for (Review.Objection o : r.objections()) {
        latest = max(max(latest, o.received()), o.decided());
      }
    }
    for (Submission s : d.submissions()) {
      Optional<LocalDate> arrived =
          index
              .input()
              .provenanceOf(s.file())
              .map(p -> p.lastChanged().time().atZone(VIETNAM).toLocalDate());
      latest = max(latest, arrived.orElse(null));
    }
    if (latest == null) {
      for (Framework fw : d.frameworks()) {
        for (Period p : fw.periods()) {
          latest = max(latest, p.deadline());
        }
      }
    }
    return latest == null ? LocalDate.of(2000, 1, 1) : latest;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }

  /**
   * {@link SiteIndex#memo} keys: the date the data are as of, a cohort's totals without reviews,
   * and its units listed.
   */
  private record AsOf() {}

  private record Unreviewed(CohortKey cohort) {}

  private record Listed(CohortKey cohort) {}

  /** A unit's state: {@link #STATE_MISSING}, {@link #STATE_PENDING} or {@link #STATE_REVIEWED}. */
  private static String state(Optional<Submission> s, Optional<Review> review) {
    return s.isEmpty() ? STATE_MISSING : review.isPresent() ? STATE_REVIEWED : STATE_PENDING;
  }

  /** How many of a review's objections are still open. */
  private static long openObjections(Review r) {
    return r.objections().stream().filter(Review.Objection::open).count();
  }

  private static List<ReviewersView.Row> rows(PageContext page, CohortKey key, LocalDate asOf) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    Dataset d = index.input().dataset();
    Framework fw = d.framework(key.framework()).orElseThrow();
    Period p = fw.period(key.period()).orElseThrow();
    // Computed once per cohort for both languages' pages and files: the totals without reviews
    // rescore the cohort, and sorting a 10,000-unit cohort's names four times was 3 % of a
    // rebuild's CPU (issue #17).
    Map<String, BigDecimal> unreviewed =
        index.memo(new Unreviewed(key), () -> unreviewed(index, key));
    Map<String, List<Flag>> flags =
        index.input().insights().flags(key).stream().collect(Collectors.groupingBy(Flag::unitId));
    List<ReviewersView.Row> rows = new ArrayList<>();
    List<String> units = index.memo(new Listed(key), () -> expected(index, fw, p));
    for (String unitId : units) {
      SubmissionKey k = new SubmissionKey(fw.id(), p.id(), unitId);
      Optional<Submission> s = d.submission(k);
      Optional<Review> review = s.flatMap(d::reviewOf);
      Optional<UnitScore> score = index.score(unitId, fw.id(), p.id());
      String state = state(s, review);
      long days = ChronoUnit.DAYS.between(p.deadline(), asOf);
      String daysText =
          s.isPresent()
              ? ""
              : Messages.format(
                  page.t(days > 0 ? "dashboardLate" : "dashboardDue"),
                  lang.integer(Math.abs(days)));
      List<TextPart> reviewer = List.of();
      String corrections = "";
      String points = "";
      String pointsSort = "";
      String rank = "";
      List<TextPart> objections = new ArrayList<>();
      int open = 0;
      if (review.isPresent()) {
        Review r = review.get();
        // The team's name and an objection's reference are what reviewers and units wrote:
        // Vietnamese, marked on an English page (WCAG 3.1.2) as on the scorecard.
        String written = lang.attribute(Lang.VI);
        reviewer =
            List.of(
                new TextPart(r.reviewer().name(), written),
                new TextPart(" (" + lang.date(r.date()) + ")", ""));
        int stale = s.map(x -> StaleCorrections.of(r, x).size()).orElse(0);
        corrections =
            lang.integer(r.corrections().size())
                + (stale > 0
                    ? " " + Messages.format(page.t("dashboardStale"), lang.integer(stale))
                    : "");
        BigDecimal before = unreviewed.get(unitId);
        if (score.isPresent() && before != null) {
          BigDecimal delta = score.get().total().subtract(before);
          points = lang.signed(delta);
          pointsSort = delta.toPlainString();
          rank = rankEffect(index, fw, p, unitId, before, lang);
        }
        for (Review.Objection o : r.objections()) {
          TextPart reference = new TextPart(o.reference(), written);
          TextPart about =
              new TextPart(
                  o.criterion() == null
                      ? page.t("dashboardWholeResult")
                      : page.t("criterion") + " " + o.criterion(),
                  "");
          if (!objections.isEmpty()) {
            objections.add(new TextPart("; ", ""));
          }
          if (o.open()) {
            open++;
            objections.addAll(
                Messages.parts(
                    page.t("dashboardObjectionOpen"),
                    reference,
                    about,
                    new TextPart(lang.integer(ChronoUnit.DAYS.between(o.received(), asOf)), "")));
          } else {
            objections.addAll(
                Messages.parts(
                    page.t("dashboardObjectionDecided"),
                    reference,
                    about,
                    new TextPart(ObjectionLinks.decision(o.decision(), page), ""),
                    new TextPart(
                        lang.integer(ChronoUnit.DAYS.between(o.received(), o.decided())), "")));
          }
        }
      }
      // Where the team reviews the unit, or changes its review: the correction form, at the unit.
      Link correct =
          s.isPresent()
              ? new Link(page.t("dashboardCorrect." + state), CorrectionPage.link(page, k))
              : null;
      // Where the team answers them: the correction form, at its objections.
      Link answer =
          open > 0
              ? new Link(
                  page.t("dashboardAnswer"),
                  CorrectionPage.link(page, new SubmissionKey(fw.id(), p.id(), unitId))
                      + "#c-objections")
              : null;
      rows.add(
          new ReviewersView.Row(
              new Link(
                  index.unitName(unitId, lang),
                  score.isPresent()
                      ? page.href(SitePaths.scorecard(lang, unitId, fw.id(), p.id()))
                      : null),
              index.isSample(unitId),
              state,
              page.t("dashboardState." + state),
              daysText,
              s.isPresent() ? 0 : days,
              reviewer,
              corrections,
              points,
              pointsSort,
              rank,
              objections,
              open,
              correct,
              answer,
              flags.getOrDefault(unitId, List.of()).stream()
                  .sorted(Comparator.comparingInt(Flag::weight).reversed())
                  .map(f -> FlagText.sentence(page, f))
                  .toList()));
    }
    return rows;
  }

  /**
   * The units expected to submit, in Vietnamese name order: {@link ExpectedUnits} and any unit that
   * submitted in the period.
   */
  static List<String> expected(SiteIndex index, Framework fw, Period p) {
    Dataset d = index.input().dataset();
    Set<String> submitters = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Submission s : d.submissions()) {
      if (s.framework().equals(fw.id())) {
        submitters.add(s.unit());
        if (s.period().equals(p.id())) {
          ids.add(s.unit());
        }
      }
    }
    ExpectedUnits.of(index, fw, p, submitters).forEach(u -> ids.add(u.id()));
    Comparator<String> byName =
        Comparator.<String, String>comparing(id -> index.unitName(id, Lang.VI), index.names())
            .thenComparing(Comparator.naturalOrder());
    return ids.stream().sorted(byName).toList();
  }

  /**
   * The reviewed units' totals scored without their review; empty when the cohort has no review.
   */
  private static Map<String, BigDecimal> unreviewed(SiteIndex index, CohortKey key) {
    Dataset d = index.input().dataset();
    List<Submission> subs = d.cohort(key);
    boolean reviewed = subs.stream().anyMatch(s -> d.reviewOf(s).isPresent());
    if (!reviewed) {
      return Map.of();
    }
    ArrivalTimes arrivals =
        file -> index.input().provenanceOf(file).map(p -> p.lastChanged().time());
    Map<String, BigDecimal> out = new HashMap<>();
    // Only the reviewed submissions, the only ones the dashboard asks about: the cohort criteria
    // are still scored against the whole cohort, unreviewed.
    for (UnitScore s :
        new Scorer()
            .score(d.withSubmissions(subs, List.of()), arrivals, s -> d.reviewOf(s).isPresent())) {
      out.put(s.unitId(), s.total());
    }
    return out;
  }

  /** {@code 5 → 3} in the first ranking table holding the unit; empty when the rank is the same. */
  private static String rankEffect(
      SiteIndex index, Framework fw, Period p, String unitId, BigDecimal before, Lang lang) {
    for (Ranking r : index.rankingsOf(fw.id(), p.id(), unitId)) {
      Optional<RankEntry> now = index.entry(r, unitId);
      if (now.isEmpty()) {
        continue;
      }
      int then = 1;
      for (RankEntry e : r.entries()) {
        if (!e.unitId().equals(unitId) && e.total().compareTo(before) > 0) {
          then++;
        }
      }
      return then == now.get().rank()
          ? ""
          : lang.integer(then) + " → " + lang.integer(now.get().rank());
    }
    return "";
  }
}
