package org.opendti.insight.uncertainty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/**
 * How firm each rank is: a seeded Monte-Carlo uncertainty analysis of every ranking table over the
 * choices the methodology leaves open ({@link Choice}), in the manner of the OECD/JRC Handbook on
 * Constructing Composite Indicators (Nardo et al. 2008) and Saisana, Saltelli &amp; Tarantola
 * (2005). Each unit gets the 5th–95th percentile of its ranks over the draws, widened to include
 * its published rank: "3 (2–5)". An analysis, never a score change; see {@code
 * docs/rank-intervals.md}.
 *
 * <pre>{@code
 * RankIntervals analysis = RankIntervals.builder().build();           // 1,000 draws, ±10 %
 * List<CohortIntervals> all = analysis.analyse(dataset, scores, rankings, times, Set.of());
 * all.get(0).tables().get(0).entries().forEach(e ->
 *     System.out.println(e.rank() + " (" + e.low() + "–" + e.high() + ") " + e.unitId()));
 * }</pre>
 *
 * <p>Fast: each draw re-aggregates the units' per-criterion points (kept apart in pillars, with
 * only the criteria a choice moves re-scored, once per reading, by the real scorer), never
 * re-scoring a submission, and the draws run on every core. Deterministic: the draws of a cohort
 * come from one {@link java.util.SplittableRandom} seeded from the seed and the cohort's key, in a
 * fixed order, and each draw writes only its own ranks, so the result is the same, byte for byte,
 * on any number of threads. Immutable and thread-safe.
 */
public final class RankIntervals {

  /**
   * Default number of draws; see {@code docs/rank-intervals.md} for why this many suffice. The
   * methodology page's text ({@code rankIntervalsEnough} in the site's messages) argues for this
   * number: change both together.
   */
  public static final int DEFAULT_DRAWS = 1_000;

  /** Default seed (any fixed number would do). */
  public static final long DEFAULT_SEED = 20_050_525L;

  /** Default band of the pillar weights: ±10 %. */
  public static final int DEFAULT_WEIGHT_BAND_PERCENT = 10;

  private final int draws;
  private final long seed;
  private final int band;

  private RankIntervals(Builder b) {
    this.draws = b.draws;
    this.seed = b.seed;
    this.band = b.band;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The intervals of every ranking table, by cohort (framework and period), in key order.
   *
   * @param data the accepted data the scores come from
   * @param scores its scores ({@code Scorer.score} with {@code times})
   * @param rankings its ranking tables ({@code Ranker.rank})
   * @param times the arrival times the scores were computed with (a disputed lateness criterion is
   *     re-scored with them)
   * @param disputed reviewers' corrections under an open objection; empty: none
   */
  public List<CohortIntervals> analyse(
      Dataset data,
      List<UnitScore> scores,
      List<Ranking> rankings,
      ArrivalTimes times,
      Collection<DisputedCorrection> disputed) {
    Map<CohortKey, List<UnitScore>> byCohort = new TreeMap<>();
    for (UnitScore s : scores) {
      byCohort.computeIfAbsent(s.key().cohort(), k -> new ArrayList<>()).add(s);
    }
    Map<CohortKey, List<Ranking>> tables = new TreeMap<>();
    for (Ranking r : rankings) {
      tables.computeIfAbsent(r.cohort(), k -> new ArrayList<>()).add(r);
    }
    List<CohortIntervals> out = new ArrayList<>();
    for (Map.Entry<CohortKey, List<UnitScore>> e : byCohort.entrySet()) {
      Optional<Framework> fw = data.framework(e.getKey().framework());
      List<Ranking> own = tables.getOrDefault(e.getKey(), List.of());
      if (fw.isPresent() && !own.isEmpty()) {
        out.add(analyse(data, fw.get(), e.getKey(), e.getValue(), own, times, disputed));
      }
    }
    return List.copyOf(out);
  }

  /** The intervals of one cohort's tables. */
  CohortIntervals analyse(
      Dataset data,
      Framework fw,
      CohortKey cohort,
      List<UnitScore> scores,
      List<Ranking> tables,
      ArrivalTimes times,
      Collection<DisputedCorrection> disputed) {
    return new CohortAnalysis(data, fw, cohort, scores, tables, disputed, times)
        .run(draws, seedOf(cohort), band);
  }

  /** The cohort's own seed: adding a framework or a period does not change another's draws. */
  long seedOf(CohortKey cohort) {
    return seed * 1_000_003L + (cohort.framework() + "/" + cohort.period()).hashCode();
  }

  public int draws() {
    return draws;
  }

  public long seed() {
    return seed;
  }

  public int weightBandPercent() {
    return band;
  }

  /** Configures {@link RankIntervals}; checked in {@link #build()}. */
  public static final class Builder {
    private int draws = DEFAULT_DRAWS;
    private long seed = DEFAULT_SEED;
    private int band = DEFAULT_WEIGHT_BAND_PERCENT;

    private Builder() {}

    /** Draws per cohort, 100 to 100,000. */
    public Builder draws(int draws) {
      this.draws = draws;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How far each pillar's weight varies, in whole percent either side, 1 to 50. */
    public Builder weightBandPercent(int band) {
      this.band = band;
      return this;
    }

    public RankIntervals build() {
      if (draws < 100 || draws > 100_000) {
        throw new IllegalArgumentException("draws must be 100 to 100,000, got " + draws);
      }
      if (band < 1 || band > 50) {
        throw new IllegalArgumentException("weightBandPercent must be 1 to 50, got " + band);
      }
      return new RankIntervals(this);
    }
  }
}
