package org.opendti.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.insight.uncertainty.TableIntervals;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Unit;
import org.opendti.rank.NameOrder;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/**
 * Lookups over the site input, built once: units by id, scores and rankings by framework and
 * period, previous periods. Everything is kept in sorted maps so no hash order leaks out.
 */
final class SiteIndex {

  private final SiteInput input;
  private final Map<CohortKey, List<UnitScore>> scores = new TreeMap<>();
  private final Map<CohortKey, List<Ranking>> rankings = new TreeMap<>();
  // Hash maps below are lookups only, never iterated, so their order cannot leak into the output.
  private final Map<String, List<UnitScore>> scoresByUnit = new HashMap<>();
  private final Map<SubmissionKey, UnitScore> scoreByKey = new HashMap<>();

  /** Each unit's place in a table's rows (its entry is the row there). */
  private final Map<Ranking, Map<String, Integer>> positions = new IdentityHashMap<>();

  private final int rankingRows;
  private final int pagePeriods;
  private final Map<CohortKey, Map<String, List<Ranking>>> tablesOfUnit = new HashMap<>();
  private final Map<Ranking, Map<String, IntervalPlace>> intervals = new IdentityHashMap<>();
  private final Map<String, List<Unit>> ancestors = new ConcurrentHashMap<>();
  private final Map<TextsKey, CriterionTexts> criterionTexts = new ConcurrentHashMap<>();
  private final Map<Object, Object> memo = new ConcurrentHashMap<>();
  private final NameOrder collator = new NameOrder();

  SiteIndex(SiteInput input) {
    this(input, RankingPages.PAGE_ROWS, 0);
  }

  /**
   * As {@link #SiteIndex(SiteInput)}, with {@code rankingRows} rows per ranking page (at least 1:
   * {@link SiteRenderer.Builder#rankingRows} checks it) and pages for each framework's latest
   * {@code pagePeriods} periods with scores, 0 for all ({@link SiteRenderer.Builder#pagePeriods}).
   */
  SiteIndex(SiteInput input, int rankingRows, int pagePeriods) {
    this.input = input;
    this.rankingRows = rankingRows;
    this.pagePeriods = pagePeriods;
    for (UnitScore s : input.scores()) {
      scores.computeIfAbsent(s.key().cohort(), k -> new ArrayList<>()).add(s);
    }
    scores.values().forEach(l -> l.sort(Comparator.comparing(UnitScore::unitId)));
    for (Ranking r : input.rankings()) {
      rankings.computeIfAbsent(r.cohort(), k -> new ArrayList<>()).add(r);
    }
    rankings.values().forEach(l -> l.sort(rankingOrder()));
    // A scorecard names the tables its unit is in: a hundred district tables per province,
    // looked up once each for every page, were 2 % of a 10,000-unit publish.
    rankings.forEach(
        (cohort, tables) -> {
          Map<String, List<Ranking>> byUnit = new HashMap<>();
          for (Ranking r : tables) {
            for (RankEntry e : r.entries()) {
              List<Ranking> in = byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>(2));
              if (in.isEmpty() || in.get(in.size() - 1) != r) {
                in.add(r);
              }
            }
          }
          tablesOfUnit.put(cohort, byUnit);
        });
    // Per-page lookups are indexed once: scans per page made a 10,000-unit site quadratic.
    for (List<UnitScore> list : scores.values()) {
      for (UnitScore s : list) {
        scoresByUnit.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s);
        scoreByKey.putIfAbsent(s.key(), s);
      }
    }
    for (Ranking r : input.rankings()) {
      Map<String, Integer> at = new HashMap<>();
      List<RankEntry> list = r.entries();
      for (int i = 0; i < list.size(); i++) {
        at.putIfAbsent(list.get(i).unitId(), i);
      }
      positions.put(r, at);
    }
    for (Ranking r : input.rankings()) {
      input
          .insights()
          .rankIntervals(r.cohort())
          .flatMap(c -> c.table(r.group().id(), r.partitionUnitId()))
          .ifPresent(t -> intervals.put(r, places(t)));
    }
  }

  /**
   * A unit's rank interval in a table, and whether the interval of the unit just above overlaps it
   * (the unit above is then not clearly ahead).
   */
  record IntervalPlace(RankInterval interval, boolean notClearlyBehind) {}

  private static Map<String, IntervalPlace> places(TableIntervals t) {
    Map<String, IntervalPlace> out = new HashMap<>();
    RankInterval above = null;
    for (RankInterval e : t.entries()) {
      out.putIfAbsent(e.unitId(), new IntervalPlace(e, above != null && above.overlapsNext()));
      above = e;
    }
    return out;
  }

  /** The unit's rank interval in the table; empty when the analysis did not run. */
  Optional<IntervalPlace> interval(Ranking r, String unit) {
    Map<String, IntervalPlace> byUnit = intervals.get(r);
    return byUnit == null ? Optional.empty() : Optional.ofNullable(byUnit.get(unit));
  }

  SiteInput input() {
    return input;
  }

  /**
   * A value derived from the input once and shared by many pages (a cohort's distribution of totals
   * for its scorecards), under a key of the caller's own record type.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(Object key, java.util.function.Supplier<T> make) {
    Object v = memo.get(key);
    if (v == null) {
      v = make.get();
      Object raced = memo.putIfAbsent(key, v);
      v = raced == null ? v : raced;
    }
    return (T) v;
  }

  /** A language and a framework id, for the criterion texts shared by a framework's pages. */
  private record TextsKey(Lang lang, String framework) {}

  /** Frameworks in id order. */
  List<Framework> frameworks() {
    return input.dataset().frameworks().stream()
        .sorted(Comparator.comparing(Framework::id))
        .toList();
  }

  Optional<Unit> unit(String id) {
    return id == null ? Optional.empty() : input.dataset().registry().unit(id);
  }

  /** The unit's name in the language; its id when it is not in the registry. */
  String unitName(String id, Lang lang) {
    return unit(id).map(u -> lang.pick(u.name(), u.nameEn())).orElse(id == null ? "" : id);
  }

  boolean isSample(String unitId) {
    return unit(unitId).map(Unit::sample).orElse(false);
  }

  /** Sorts names as Vietnamese readers expect (Đ after D, tones ignored first). */
  Comparator<String> names() {
    return collator;
  }

  List<UnitScore> scores(String fw, String period) {
    return scores.getOrDefault(new CohortKey(fw, period), List.of());
  }

  Optional<UnitScore> score(String unit, String fw, String period) {
    return Optional.ofNullable(scoreByKey.get(new SubmissionKey(fw, period, unit)));
  }

  List<UnitScore> allScores() {
    return scores.values().stream().flatMap(List::stream).toList();
  }

  /** The unit's scores, in framework, period and unit order. */
  List<UnitScore> scoresOf(String unitId) {
    return scoresByUnit.getOrDefault(unitId, List.of());
  }

  /** {@link org.opendti.model.UnitRegistry#ancestors}, computed once per unit. */
  List<Unit> ancestors(String unitId) {
    return ancestors.computeIfAbsent(unitId, input.dataset().registry()::ancestors);
  }

  /** A framework's criterion texts in a language, built once and shared by its scorecards. */
  CriterionTexts criterionTexts(Lang lang, Framework fw) {
    CriterionTexts t =
        criterionTexts.computeIfAbsent(
            new TextsKey(lang, fw.id()), k -> new CriterionTexts(lang, fw));
    // Two framework objects with one id (an invalid repository) must not share texts.
    return t.isFor(lang, fw) ? t : new CriterionTexts(lang, fw);
  }

  /** The review of the submission's unit, framework and period, as Dataset.reviewOf finds it. */
  Optional<Review> reviewOf(Submission s) {
    return input.dataset().reviewOf(s);
  }

  List<Ranking> rankings(String fw, String period) {
    return rankings.getOrDefault(new CohortKey(fw, period), List.of());
  }

  /** The tables of the cohort that list the unit, in {@link #rankings(String, String)} order. */
  List<Ranking> rankingsOf(String fw, String period, String unit) {
    Map<String, List<Ranking>> byUnit = tablesOfUnit.get(new CohortKey(fw, period));
    return byUnit == null ? List.of() : byUnit.getOrDefault(unit, List.of());
  }

  List<Ranking> allRankings() {
    return rankings.values().stream().flatMap(List::stream).toList();
  }

  /** Tables in framework group order, then by partition unit name. */
  private Comparator<Ranking> rankingOrder() {
    return Comparator.<Ranking>comparingInt(
            r ->
                input
                    .dataset()
                    .framework(r.frameworkId())
                    .map(f -> f.rankingGroups().indexOf(r.group()))
                    .filter(i -> i >= 0)
                    // A sample twin of a group (Ranker.sampleGroup) after the framework's own.
                    .orElse(Integer.MAX_VALUE))
        .thenComparing(r -> r.group().id())
        .thenComparing(
            r -> r.partitionUnitId() == null ? "" : unitName(r.partitionUnitId(), Lang.VI),
            collator)
        .thenComparing(r -> r.partitionUnitId() == null ? "" : r.partitionUnitId());
  }

  /**
   * Periods of the framework that have scores, oldest first: each has its open data (scores,
   * insights, submissions), whether or not it still has pages ({@link #pagedPeriods}).
   */
  List<Period> publishedPeriods(Framework fw) {
    return fw.periods().stream()
        .filter(p -> !scores(fw.id(), p.id()).isEmpty())
        .sorted(Comparator.comparing(Period::start).thenComparing(Period::id))
        .toList();
  }

  /**
   * The published periods that have pages (overview, rankings, scorecards, reviewers' pages),
   * oldest first: the latest {@code pagePeriods}, or all of them. The older ones are archived:
   * their scores stay in the open data and on each scorecard's history, without pages of their own,
   * so that a site past its host's limit can drop them (README, "Site size on a Pages host").
   */
  List<Period> pagedPeriods(Framework fw) {
    List<Period> all = publishedPeriods(fw);
    return pagePeriods <= 0 || all.size() <= pagePeriods
        ? all
        : all.subList(all.size() - pagePeriods, all.size());
  }

  /**
   * Whether the framework's period has pages: false for an archived period, one older than every
   * {@link #pagedPeriods paged} one (whether or not it has scores); true for the others, including
   * a period not yet scored.
   */
  boolean hasPages(String fwId, String periodId) {
    if (pagePeriods <= 0) {
      return true;
    }
    Framework fw = input.dataset().framework(fwId).orElse(null);
    if (fw == null) {
      return true;
    }
    Period period = fw.period(periodId).orElse(null);
    List<Period> paged = pagedPeriods(fw);
    if (period == null || paged.isEmpty()) {
      return true;
    }
    Comparator<Period> order = Comparator.comparing(Period::start).thenComparing(Period::id);
    return order.compare(period, paged.get(0)) >= 0;
  }

  /** Whether some framework has a scored period without pages. */
  boolean archives() {
    return frameworks().stream()
        .anyMatch(fw -> pagedPeriods(fw).size() < publishedPeriods(fw).size());
  }

  /** The published period before {@code period}, if any. */
  Optional<Period> previous(Framework fw, String period) {
    Period prev = null;
    for (Period p : publishedPeriods(fw)) {
      if (p.id().equals(period)) {
        return Optional.ofNullable(prev);
      }
      prev = p;
    }
    return Optional.empty();
  }

  /** The table of the same group and partition in another period. */
  Optional<Ranking> sameTable(Ranking r, String period) {
    return rankings(r.frameworkId(), period).stream()
        .filter(
            o ->
                o.group().id().equals(r.group().id())
                    && java.util.Objects.equals(o.partitionUnitId(), r.partitionUnitId()))
        .findFirst();
  }

  /** Rows per page of a ranking table ({@link RankingPages}). */
  int rankingRows() {
    return rankingRows;
  }

  /** The latest periods of each framework that have pages, as set; 0 for all of them. */
  int pagePeriodsSetting() {
    return pagePeriods;
  }

  /** The unit's place in the table's rows, from 0; empty when the table does not list it. */
  Optional<Integer> position(Ranking r, String unit) {
    Map<String, Integer> at = positions.get(r);
    if (at != null) {
      return Optional.ofNullable(at.get(unit));
    }
    List<RankEntry> list = r.entries();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).unitId().equals(unit)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  Optional<RankEntry> entry(Ranking r, String unit) {
    return position(r, unit).map(r.entries()::get);
  }

  Optional<Submission> submission(UnitScore s) {
    return input.dataset().submission(s.key());
  }
}
