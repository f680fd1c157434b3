package org.opendti.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.SubmissionKey;
import org.opendti.score.UnitScore;

/**
 * What the site shows to help units improve and reviewers focus: a what-if report per scored
 * submission (where computed) and every anomaly flag. Flags never change a score.
 *
 * <p>A class rather than a record so it can keep its lookups indexed: the renderer asks for one
 * unit's report per scorecard and per open-data row, which a scan over every report made quadratic
 * in the number of submissions.
 */
public final class Insights {

  public static final Insights EMPTY = new Insights(List.of(), List.of());

  /**
   * How many what-if opportunities per unit the site shows (the scorecard's "Cơ hội cải thiện" and
   * {@code insights.json}), best first; the pipeline keeps no more than these.
   */
  public static final int SHOWN = 5;

  private final List<UnitOpportunities> whatIf;
  private final List<Flag> flags;
  private final Map<SubmissionKey, UnitOpportunities> whatIfByKey = new HashMap<>();
  private final Map<CohortKey, List<Flag>> flagsByCohort = new HashMap<>();

  /**
   * @param whatIf the reports; where one submission has several, the first counts
   * @param flags in {@link Flag#ORDER}
   */
  public Insights(List<UnitOpportunities> whatIf, List<Flag> flags) {
    this.whatIf = List.copyOf(whatIf);
    this.flags = List.copyOf(flags);
    this.whatIf.forEach(r -> whatIfByKey.putIfAbsent(r.key(), r));
    for (Flag f : this.flags) {
      flagsByCohort.computeIfAbsent(f.key().cohort(), k -> new ArrayList<>()).add(f);
    }
    flagsByCohort.replaceAll((k, v) -> List.copyOf(v));
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
    List<Flag> flags = new AnomalyDetector(accepted.thresholds()).detect(accepted, scores);
    List<UnitScore> asked = scores.stream().filter(s -> whatIfFor.test(s.key().cohort())).toList();
    return new Insights(new WhatIf(times).forUnits(accepted, asked, SHOWN), flags);
  }

  /** Every report, in the order given. */
  public List<UnitOpportunities> whatIf() {
    return whatIf;
  }

  /** Every flag, in the order given. */
  public List<Flag> flags() {
    return flags;
  }

  public Optional<UnitOpportunities> whatIf(SubmissionKey key) {
    return Optional.ofNullable(whatIfByKey.get(key));
  }

  /** The flags of one framework and period, in the order given. */
  public List<Flag> flags(CohortKey cohort) {
    return flagsByCohort.getOrDefault(cohort, List.of());
  }

  /** The insights of these submissions only (e.g. the units a pull request changes). */
  public Insights only(java.util.Set<SubmissionKey> keys) {
    return new Insights(
        whatIf.stream().filter(r -> keys.contains(r.key())).toList(),
        flags.stream().filter(f -> keys.contains(f.key())).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Insights other && whatIf.equals(other.whatIf) && flags.equals(other.flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(whatIf, flags);
  }

  @Override
  public String toString() {
    return "Insights[whatIf=" + whatIf + ", flags=" + flags + "]";
  }
}
