package org.opendti.insight.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Review;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;

/**
 * The analysis of one cohort: set up ({@link CohortData}, the draws, the cohort criteria's points
 * for each reading and set of disputes drawn), every draw re-aggregated and ranked in each table,
 * then each unit's 5th and 95th percentile.
 */
final class CohortAnalysis {

  private final Framework framework;
  private final CohortKey cohort;
  private final List<UnitScore> units = new ArrayList<>();
  private final List<String> unitIds = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Ranking> tables;
  private final List<DisputedCorrection> disputes;
  private final int[] cohortDisputes;
  private final CohortData data;
  private final Rescore rescore;
  private final CohortData.States published;

  CohortAnalysis(
      Dataset dataset,
      Framework framework,
      CohortKey cohort,
      List<UnitScore> scores,
      List<Ranking> tables,
      Collection<DisputedCorrection> disputed,
      ArrivalTimes times) {
    this.framework = framework;
    this.cohort = cohort;
    this.tables = List.copyOf(tables);
    for (UnitScore s : scores) {
      if (index.putIfAbsent(s.unitId(), units.size()) == null) {
        units.add(s);
        unitIds.add(s.unitId());
      }
    }
    this.rescore = new Rescore(dataset, framework, cohort, times);
    this.disputes = disputes(dataset, disputed);
    List<Integer> onCohort = new ArrayList<>();
    List<CohortData.Dispute> local = new ArrayList<>();
    for (int j = 0; j < disputes.size(); j++) {
      DisputedCorrection d = disputes.get(j);
      Criterion c = framework.criterion(d.criterionId()).orElseThrow();
      if (Rescore.isCohort(c)) {
        onCohort.add(j);
      } else {
        int unit = index.get(d.submission().unit());
        CriterionScore applied = units.get(unit).criterion(d.criterionId()).orElse(null);
        local.add(new CohortData.Dispute(j, unit, d.criterionId(), applied, rescore.without(d)));
      }
    }
    this.cohortDisputes = onCohort.stream().mapToInt(Integer::intValue).toArray();
    this.data = new CohortData(framework, units, local);
    Map<String, Map<String, CriterionScore>> real = new HashMap<>();
    for (UnitScore u : units) {
      Map<String, CriterionScore> byId = new HashMap<>();
      u.criteria().forEach(c -> byId.putIfAbsent(c.criterionId(), c));
      real.put(u.unitId(), byId);
    }
    this.published = data.states(unitIds, real);
    checkPublished();
  }

  /**
   * The disputed corrections that exist in this cohort (a review of one of its units corrects the
   * criterion), sorted, so that their order, and the draws, do not depend on the caller's.
   */
  private List<DisputedCorrection> disputes(Dataset dataset, Collection<DisputedCorrection> all) {
    Set<DisputedCorrection> out =
        new TreeSet<>(
            Comparator.comparing(DisputedCorrection::submission)
                .thenComparing(DisputedCorrection::criterionId));
    for (DisputedCorrection d : all) {
      boolean here =
          d.submission().cohort().equals(cohort)
              && index.containsKey(d.submission().unit())
              && framework.criterion(d.criterionId()).isPresent()
              && dataset
                  .review(d.submission())
                  .flatMap((Review r) -> r.correction(d.criterionId()))
                  .isPresent();
      if (here) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** With the published choices every unit must get its published total. */
  private void checkPublished() {
    Scenario as = Scenario.published(disputes.size(), data.pillars);
    long[] scratch = data.scratch();
    for (int i = 0; i < data.size; i++) {
      long total = data.total(i, false, as.weights(), published, as.unapplied(), scratch);
      long expected = data.cents.of(units.get(i).total());
      if (total != expected) {
        throw new IllegalStateException(
            "rank intervals: re-aggregating "
                + unitIds.get(i)
                + " in "
                + cohort
                + " gives "
                + data.points(total)
                + ", not its published total "
                + units.get(i).total()
                + " (a bug: the aggregation differs from org.opendti.score)");
      }
    }
  }

  /** The choices that apply to this cohort, in {@link Choice} order. */
  EnumSet<Choice> varied() {
    EnumSet<Choice> varied = EnumSet.noneOf(Choice.class);
    if (!data.cohortSlots.isEmpty()) {
      varied.add(Choice.COHORT_READING);
    }
    if (data.anyNotApplicable(published)) {
      varied.add(Choice.NOT_APPLICABLE);
    }
    if (!disputes.isEmpty()) {
      varied.add(Choice.OPEN_OBJECTIONS);
    }
    if (weighted().length > 0) {
      varied.add(Choice.PILLAR_WEIGHTS);
    }
    return varied;
  }

  /** Per pillar, whether its weight varies; all false unless two pillars or more have points. */
  private boolean[] weighted() {
    boolean[] weighted = new boolean[data.pillars];
    int count = 0;
    for (int p = 0; p < data.pillars; p++) {
      weighted[p] = data.weighted(p);
      count += weighted[p] ? 1 : 0;
    }
    // With one pillar its weight cancels out.
    return count >= 2 ? weighted : new boolean[0];
  }

  /** The draws of this cohort. */
  Scenario[] scenarios(int draws, long seed, int band) {
    EnumSet<Choice> varied = varied();
    boolean[] weighted = weighted();
    return Scenario.draw(
        draws,
        seed,
        varied.contains(Choice.COHORT_READING),
        varied.contains(Choice.NOT_APPLICABLE),
        disputes.size(),
        weighted.length == 0 ? new boolean[data.pillars] : weighted,
        band);
  }

  /** Every unit's total under one draw, by unit id (for tests). */
  Map<String, java.math.BigDecimal> totals(Scenario s) {
    CohortData.States st = states(new Scenario[] {s}).get(s.key(cohortDisputes));
    long[] scratch = data.scratch();
    Map<String, java.math.BigDecimal> out = new java.util.TreeMap<>();
    for (int i = 0; i < data.size; i++) {
      long total = data.total(i, s.otherNaRule(), s.weights(), st, s.unapplied(), scratch);
      out.put(unitIds.get(i), data.points(total).setScale(2));
    }
    return out;
  }

  /** The disputed corrections of this cohort that exist, sorted: their index in the draws. */
  List<DisputedCorrection> disputes() {
    return disputes;
  }

  /** Runs the analysis. */
  CohortIntervals run(int draws, long seed, int band) {
    EnumSet<Choice> varied = varied();
    if (varied.isEmpty() || data.size == 0) {
      return new CohortIntervals(cohort, 0, seed, band, List.copyOf(varied), collapsed());
    }
    Scenario[] scenarios = scenarios(draws, seed, band);
    Map<Scenario.Key, CohortData.States> states = states(scenarios);
    RankStore[] stores = new RankStore[tables.size()];
    // Per unit, its places: (table, entry) pairs.
    List<List<Integer>> places = new ArrayList<>();
    for (int i = 0; i < data.size; i++) {
      places.add(new ArrayList<>());
    }
    for (int t = 0; t < tables.size(); t++) {
      List<RankEntry> entries = tables.get(t).entries();
      for (int j = 0; j < entries.size(); j++) {
        List<Integer> p = places.get(index.get(entries.get(j).unitId()));
        p.add(t);
        p.add(j);
      }
      stores[t] = RankStore.of(draws, entries.size());
    }
    int[][] placesOf = new int[data.size][];
    for (int i = 0; i < data.size; i++) {
      placesOf[i] = places.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    IntStream.range(0, draws)
        .parallel()
        .forEach(d -> draw(d, scenarios[d], states, placesOf, stores));
    List<TableIntervals> out = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      out.add(intervals(tables.get(t), stores[t]));
    }
    return new CohortIntervals(cohort, draws, seed, band, List.copyOf(varied), out);
  }

  /** The cohort criteria's points for every reading and set of disputes drawn, in draw order. */
  private Map<Scenario.Key, CohortData.States> states(Scenario[] scenarios) {
    Map<Scenario.Key, CohortData.States> out = new LinkedHashMap<>();
    out.put(Scenario.published(disputes.size(), data.pillars).key(cohortDisputes), published);
    if (data.cohortSlots.isEmpty()) {
      for (Scenario s : scenarios) {
        out.putIfAbsent(s.key(cohortDisputes), published);
      }
      return out;
    }
    for (Scenario s : scenarios) {
      Scenario.Key key = s.key(cohortDisputes);
      if (!out.containsKey(key)) {
        Set<DisputedCorrection> leftOut = new java.util.HashSet<>();
        key.unapplied().stream().forEach(j -> leftOut.add(disputes.get(cohortDisputes[j])));
        out.put(key, data.states(unitIds, rescore.cohortCriteria(key.otherReading(), leftOut)));
      }
    }
    return out;
  }

  /** Bits of a packed sort key that hold the unit's index. */
  private static final int INDEX_BITS = 20;

  /**
   * Totals of one draw, then the ranks in every table at once: the units sorted by total once, then
   * walked from the highest, each taking in each of its tables the rank 1 + the number of units
   * there with a higher total (equal totals share a rank, as {@code Ranker} ranks them).
   */
  private void draw(
      int d,
      Scenario s,
      Map<Scenario.Key, CohortData.States> states,
      int[][] placesOf,
      RankStore[] stores) {
    CohortData.States st = states.get(s.key(cohortDisputes));
    long[] scratch = data.scratch();
    long[] totals = new long[data.size];
    for (int i = 0; i < data.size; i++) {
      totals[i] = data.total(i, s.otherNaRule(), s.weights(), st, s.unapplied(), scratch);
    }
    int[] order = descending(totals);
    int[] seen = new int[stores.length];
    int[] rank = new int[stores.length];
    long[] last = new long[stores.length];
    Arrays.fill(last, Long.MIN_VALUE);
    for (int i : order) {
      int[] places = placesOf[i];
      for (int k = 0; k < places.length; k += 2) {
        int t = places[k];
        seen[t]++;
        if (totals[i] != last[t]) {
          rank[t] = seen[t];
          last[t] = totals[i];
        }
        stores[t].set(d, places[k + 1], rank[t]);
      }
    }
  }

  /** Bits of a radix sort's digit: two passes sort totals that span up to 2^22 units. */
  private static final int DIGIT_BITS = 11;

  /**
   * Unit indices by total, highest first (equal totals by index, highest first). Where the totals
   * span fewer than 2^22 units (42,000 points at 2 decimals) a radix sort of two passes, which
   * costs a few passes over the units; else one sort of packed (total, index) keys where totals fit
   * in 43 bits (8.8 × 10^10 points at 2 decimals), a sort of boxed indices otherwise.
   */
  static int[] descending(long[] totals) {
    int n = totals.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long t : totals) {
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    if (n > 0 && max - min >= 0 && max - min < 1L << (2 * DIGIT_BITS)) {
      return radixDescending(totals, min);
    }
    boolean fits = n < 1 << INDEX_BITS;
    for (int i = 0; i < n && fits; i++) {
      fits = totals[i] >= 0 && totals[i] < 1L << (63 - INDEX_BITS);
    }
    int[] out = new int[n];
    if (fits) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = totals[i] << INDEX_BITS | i;
      }
      Arrays.sort(keys);
      for (int k = 0; k < n; k++) {
        out[k] = (int) (keys[n - 1 - k] & ((1 << INDEX_BITS) - 1));
      }
      return out;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (x, y) -> Long.compare(totals[y], totals[x]));
    for (int k = 0; k < n; k++) {
      out[k] = boxed[k];
    }
    return out;
  }

  /**
   * Two stable counting passes over (total − min), low digit then high, from the indices in
   * ascending order: ascending totals, equal ones by ascending index; read backwards, the order of
   * {@link #descending}'s sort.
   */
  private static int[] radixDescending(long[] totals, long min) {
    int n = totals.length;
    int mask = (1 << DIGIT_BITS) - 1;
    int[] digits = new int[n];
    int[] count = new int[(1 << DIGIT_BITS) + 1];
    int[] low = new int[n];
    for (int i = 0; i < n; i++) {
      digits[i] = (int) (totals[i] - min);
      count[(digits[i] & mask) + 1]++;
    }
    for (int k = 1; k < count.length; k++) {
      count[k] += count[k - 1];
    }
    for (int i = 0; i < n; i++) {
      low[count[digits[i] & mask]++] = i;
    }
    java.util.Arrays.fill(count, 0);
    for (int i = 0; i < n; i++) {
      count[(digits[i] >>> DIGIT_BITS) + 1]++;
    }
    for (int k = 1; k < count.length; k++) {
      count[k] += count[k - 1];
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      int i = low[k];
      // Position from the end: the highest total first.
      out[n - 1 - count[digits[i] >>> DIGIT_BITS]++] = i;
    }
    return out;
  }

  private TableIntervals intervals(Ranking table, RankStore store) {
    List<RankEntry> entries = table.entries();
    int[] low = new int[entries.size()];
    int[] high = new int[entries.size()];
    int chunks = (entries.size() + RankStore.CHUNK - 1) / RankStore.CHUNK;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int from = c * RankStore.CHUNK;
              store.percentiles(from, Math.min(entries.size(), from + RankStore.CHUNK), low, high);
            });
    for (int j = 0; j < entries.size(); j++) {
      int rank = entries.get(j).rank();
      low[j] = Math.min(low[j], rank);
      high[j] = Math.max(high[j], rank);
    }
    return table(table, low, high);
  }

  /** Every interval is the published rank: nothing was varied. */
  private List<TableIntervals> collapsed() {
    List<TableIntervals> out = new ArrayList<>();
    for (Ranking t : tables) {
      int[] ranks = t.entries().stream().mapToInt(RankEntry::rank).toArray();
      out.add(table(t, ranks, ranks));
    }
    return out;
  }

  private static TableIntervals table(Ranking t, int[] low, int[] high) {
    List<RankEntry> entries = t.entries();
    List<RankInterval> out = new ArrayList<>(entries.size());
    for (int j = 0; j < entries.size(); j++) {
      boolean overlaps =
          j + 1 < entries.size() && Math.max(low[j], low[j + 1]) <= Math.min(high[j], high[j + 1]);
      RankEntry e = entries.get(j);
      out.add(new RankInterval(e.unitId(), e.rank(), low[j], high[j], overlaps));
    }
    return new TableIntervals(t.group().id(), t.partitionUnitId(), out);
  }
}
