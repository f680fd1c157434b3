package org.opendti.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * Where a unit's next points are: for every criterion of its framework's pillars (base and bonus
 * items; priority-sector criteria are not proposed) that is below its maximum and not "không phát
 * sinh", the gain in the unit's <em>total</em> if it reached the maximum, and for ratios with a
 * floor, bands and choices the gain of the next step. Gains come from re-scoring with {@link
 * Scorer}, never from adding raw points, so D = A × B / C, X = (D + E) × B / (B + F) and the bonus
 * policy ({@code 004_…} Điều 5–6) all apply. Ranks follow {@link org.opendti.rank.Ranker}: the
 * current tables come from it, and a new total takes rank 1 + the number of others in the table
 * whose (possibly re-scored) total is higher, which is its rule for shared ranks. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * List<UnitScore> scores = new Scorer().score(dataset, times);
 * UnitOpportunities r = new WhatIf(times).forUnit(dataset, scores, "xa-2024", "2024", "xa-lac-dao");
 * for (Opportunity o : r.opportunities()) {
 *   // "6.5 NEXT_STEP {a=60} +7.31 → 812.40, rank all: 3"
 *   System.out.println(o.criterionId() + " " + o.kind() + " " + o.inputs() + " +" + o.gain()
 *       + " → " + o.totalThen() + ", rank " + o.rankThen());
 * }
 * }</pre>
 *
 * <h2>The inputs proposed</h2>
 *
 * <ul>
 *   <li>yesNo: true; externalScore: the scale; assessed: the maximum; eventDeduction: no events;
 *       lateness with a date input: the due date (without one, the arrival time counts and nothing
 *       is proposed).
 *   <li>ratio: the first numerator input raised so that r = 1, or r = T with a target ({@code
 *       003_…} 4.7); with a floor F ({@code 003_…} 6.5) and r &lt; F, also r = F as the next step.
 *       Count inputs are rounded up. Without a usable denominator nothing is proposed.
 *   <li>bands and choice: the best-paying band (its lower bound) or option as the maximum; the
 *       lowest-paying one above the current points as the next step.
 *   <li>cohort ({@code 003_…} 4.6, 8.4, 8.5): x = x_best of the current cohort, which gives the
 *       maximum in both variants; the whole cohort is re-scored, so other units may lose points and
 *       ranks.
 * </ul>
 *
 * <p>A reviewer's correction of the criterion is set aside for its what-if (the question is what
 * the unit's verified data would have to be); the review's other corrections still apply. Steps
 * that would not raise the total (e.g. bonus already capped by {@code addCapped}) are left out.
 *
 * <h2>Cost</h2>
 *
 * <p>{@link #forUnits} indexes each cohort once (submissions, scores, each table's totals sorted)
 * and a step re-scores only what it changes: the one criterion, through {@link Scorer}, with the
 * few submissions that hold x_best and x_min of a cohort criterion; the unit's new total follows
 * from its other points, and its rank from a binary search over the others' totals. A step that
 * moves x_best or x_min (a count ratio rounded up past the best, {@code 003_…} 4.6; the lowest unit
 * raised under minMax) moves every other unit's points of that criterion: only the units whose
 * total could then fall on either side of the unit's new total are re-scored. So the cost grows
 * linearly with the cohort: under a second of CPU for 2,000 submissions of 52 criteria, where
 * re-scoring the whole submission or cohort for every step took 20 s. {@link #forUnit} for a single
 * unit (a pull request) still indexes the whole cohort first.
 */
public final class WhatIf {

  private final ArrivalTimes times;

  /**
   * @param times the arrival times the scores were computed with (for lateness by arrival)
   */
  public WhatIf(ArrivalTimes times) {
    this.times = times;
  }

  /**
   * The opportunities of one unit.
   *
   * @param scores the current scores of the dataset, from {@link Scorer#score} with the same times
   * @throws IllegalArgumentException when the unit has no scored submission for that framework and
   *     period
   */
  public UnitOpportunities forUnit(
      Dataset data, List<UnitScore> scores, String frameworkId, String periodId, String unitId) {
    Framework framework =
        data.framework(frameworkId)
            .orElseThrow(() -> new IllegalArgumentException("unknown framework " + frameworkId));
    return new CohortRun(data, framework, periodId, times, cohort(scores, frameworkId, periodId))
        .opportunities(unitId);
  }

  /** Opportunities of every scored submission, sorted by framework, period and unit id. */
  public List<UnitOpportunities> forUnits(Dataset data, List<UnitScore> scores) {
    return forUnits(data, scores, Integer.MAX_VALUE, true);
  }

  /**
   * {@link #forUnits}, each keeping only its {@code keep} best opportunities ({@link
   * UnitOpportunities#best}) as soon as it is made, so that the rest are never all in memory at
   * once; only those kept have their ranks placed.
   */
  public List<UnitOpportunities> forUnits(Dataset data, List<UnitScore> scores, int keep) {
    return forUnits(data, scores, keep, true);
  }

  /** {@link #forUnits}, with {@code fast} false the whole submission re-scored for every step. */
  List<UnitOpportunities> forUnits(Dataset data, List<UnitScore> scores, boolean fast) {
    return forUnits(data, scores, Integer.MAX_VALUE, fast);
  }

  private List<UnitOpportunities> forUnits(
      Dataset data, List<UnitScore> scores, int keep, boolean fast) {
    Map<CohortKey, List<UnitScore>> cohorts = new TreeMap<>();
    for (UnitScore s : scores) {
      cohorts.computeIfAbsent(s.key().cohort(), k -> new ArrayList<>()).add(s);
    }
    List<UnitOpportunities> out = new ArrayList<>();
    for (List<UnitScore> cohort : cohorts.values()) {
      UnitScore first = cohort.get(0);
      Framework framework = data.framework(first.frameworkId()).orElse(null);
      if (framework == null) {
        continue;
      }
      CohortRun run = new CohortRun(data, framework, first.periodId(), times, cohort, fast);
      run.unitIds().forEach(id -> out.add(run.opportunities(id, keep)));
    }
    return List.copyOf(out);
  }

  private static List<UnitScore> cohort(
      List<UnitScore> scores, String frameworkId, String periodId) {
    return scores.stream()
        .filter(s -> s.frameworkId().equals(frameworkId) && s.periodId().equals(periodId))
        .toList();
  }
}
