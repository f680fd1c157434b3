package org.opendti.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.opendti.insight.uncertainty.CohortIntervals;
import org.opendti.insight.uncertainty.DisputedCorrection;
import org.opendti.insight.uncertainty.RankIntervals;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.SubmissionKey;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;

/**
 * What the site shows to help units improve and reviewers focus: a what-if report per scored
 * submission (where computed), every anomaly flag, how firm each rank is (rank intervals) and the
 * digit tests on reported counts (integrity signals). None of it changes a score.
 *
 * <p>A class rather than a record so it can keep its lookups indexed: the renderer asks for one
 * unit's report per scorecard and per open-data row, which a scan over every report made quadratic
 * in the number of submissions. The what-if reports may also be those the render cache kept, each
 * read when first asked for ({@link InsightsJson}).
 */
public final class Insights {

  public static final Insights EMPTY = new Insights(List.of(), List.of(), List.of(), List.of());

  /**
   * How many what-if opportunities per unit the site shows (the scorecard's "Cơ hội cải thiện" and
   * {@code insights.json}), best first; the pipeline keeps no more than these.
   */
  public static final int SHOWN = 5;

  private final WhatIfReports whatIf;
  private final List<Flag> flags;
  private final List<CohortIntervals> rankIntervals;
  private final List<CohortIntegrity> integrity;
  private final Map<CohortKey, List<Flag>> flagsByCohort = new HashMap<>();
  private final Map<CohortKey, CohortIntervals> intervalsByCohort = new HashMap<>();
  private final Map<CohortKey, CohortIntegrity> integrityByCohort = new HashMap<>();

  /**
   * @param whatIf the reports; where one submission has several, the first counts
   * @param flags in {@link Flag#ORDER}
   */
  public Insights(List<UnitOpportunities> whatIf, List<Flag> flags) {
    this(whatIf, flags, List.of(), List.of());
  }

  /**
   * @param whatIf the reports; where one submission has several, the first counts
   * @param flags in {@link Flag#ORDER}
   * @param rankIntervals per cohort; where one cohort has several, the first counts
   * @param integrity per cohort; where one cohort has several, the first counts
   */
  public Insights(
      List<UnitOpportunities> whatIf,
      List<Flag> flags,
      List<CohortIntervals> rankIntervals,
      List<CohortIntegrity> integrity) {
    this(WhatIfReports.of(whatIf), flags, rankIntervals, integrity);
  }

  /** As above, the what-if reports held in memory or read when asked for. */
  Insights(
      WhatIfReports whatIf,
      List<Flag> flags,
      List<CohortIntervals> rankIntervals,
      List<CohortIntegrity> integrity) {
    this.whatIf = whatIf;
    this.flags = List.copyOf(flags);
    this.rankIntervals = List.copyOf(rankIntervals);
    this.integrity = List.copyOf(integrity);
    for (Flag f : this.flags) {
      flagsByCohort.computeIfAbsent(f.key().cohort(), k -> new ArrayList<>()).add(f);
    }
    flagsByCohort.replaceAll((k, v) -> List.copyOf(v));
    this.rankIntervals.forEach(c -> intervalsByCohort.putIfAbsent(c.cohort(), c));
    this.integrity.forEach(c -> integrityByCohort.putIfAbsent(c.cohort(), c));
  }

  /**
   * The insights of a scored dataset: every anomaly flag (with the dataset's thresholds, {@code
   * policy/insight.json}) and what-if opportunities for the units of the cohorts {@code whatIfFor}
   * accepts, each keeping its {@link #SHOWN} best.
   *
   * @param times the arrival times the scores were computed with
   */
  public static Insights of(
      Dataset accepted,
      List<UnitScore> scores,
      ArrivalTimes times,
      Predicate<CohortKey> whatIfFor) {
    return of(accepted, scores, new Ranker().rank(accepted, scores), times, whatIfFor, Set.of());
  }

  /**
   * The insights of a scored and ranked dataset: anomaly flags, what-if opportunities for the
   * cohorts {@code whatIfFor} accepts, the rank intervals of every ranking table ({@link
   * RankIntervals} with its defaults) and the digit tests of every cohort ({@link
   * IntegritySignals}).
   *
   * @param rankings the dataset's ranking tables
   * @param times the arrival times the scores were computed with
   * @param disputed reviewers' corrections under an open objection, which the rank intervals count
   *     in half of their draws; empty when there are none
   */
  public static Insights of(
      Dataset accepted,
      List<UnitScore> scores,
      List<Ranking> rankings,
      ArrivalTimes times,
      Predicate<CohortKey> whatIfFor,
      Collection<DisputedCorrection> disputed) {
    List<Flag> flags = new AnomalyDetector(accepted.thresholds()).detect(accepted, scores);
    List<UnitScore> asked = scores.stream().filter(s -> whatIfFor.test(s.key().cohort())).toList();
    List<UnitOpportunities> whatIf = new WhatIf(times).forUnits(accepted, asked, SHOWN);
    List<CohortIntervals> intervals =
        RankIntervals.builder().build().analyse(accepted, scores, rankings, times, disputed);
    List<CohortIntegrity> integrity = new IntegritySignals().check(accepted, scores);
    return new Insights(whatIf, flags, intervals, integrity);
  }

  /** Every report, in the order given. */
  public List<UnitOpportunities> whatIf() {
    return whatIf.all();
  }

  /** How many reports there are: {@code whatIf().size()}, without reading kept ones. */
  public int whatIfCount() {
    return whatIf.size();
  }

  /** Every flag, in the order given. */
  public List<Flag> flags() {
    return flags;
  }

  public Optional<UnitOpportunities> whatIf(SubmissionKey key) {
    return whatIf.of(key);
  }

  /** The flags of one framework and period, in the order given. */
  public List<Flag> flags(CohortKey cohort) {
    return flagsByCohort.getOrDefault(cohort, List.of());
  }

  /** Every cohort's rank intervals, in the order given. */
  public List<CohortIntervals> rankIntervals() {
    return rankIntervals;
  }

  /** The rank intervals of one framework and period. */
  public Optional<CohortIntervals> rankIntervals(CohortKey cohort) {
    return Optional.ofNullable(intervalsByCohort.get(cohort));
  }

  /** Every cohort's digit tests, in the order given. */
  public List<CohortIntegrity> integrity() {
    return integrity;
  }

  /** The digit tests of one framework and period. */
  public Optional<CohortIntegrity> integrity(CohortKey cohort) {
    return Optional.ofNullable(integrityByCohort.get(cohort));
  }

  /**
   * The insights of these submissions only (e.g. the units a pull request changes): their what-if
   * reports and flags. Rank intervals and digit tests describe whole cohorts and are left out.
   */
  public Insights only(java.util.Set<SubmissionKey> keys) {
    return new Insights(
        whatIf().stream().filter(r -> keys.contains(r.key())).toList(),
        flags.stream().filter(f -> keys.contains(f.key())).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Insights other
        && whatIf().equals(other.whatIf())
        && flags.equals(other.flags)
        && rankIntervals.equals(other.rankIntervals)
        && integrity.equals(other.integrity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(whatIf(), flags, rankIntervals, integrity);
  }

  @Override
  public String toString() {
    return "Insights[whatIf="
        + whatIf()
        + ", flags="
        + flags
        + ", rankIntervals="
        + rankIntervals
        + ", integrity="
        + integrity
        + "]";
  }
}
