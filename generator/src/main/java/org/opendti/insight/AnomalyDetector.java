package org.opendti.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.model.Framework;
import org.opendti.model.InsightThresholds;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.score.UnitScore;

/**
 * Flags what reviewers (the inspection team, {@code DOMAIN.md} step 3) should look at first. Flags
 * never change a score. Stateless and thread-safe.
 *
 * <pre>{@code
 * InsightThresholds t = dataset.thresholds(); // policy/insight.json, or the defaults
 * for (Flag f : new AnomalyDetector(t).detect(dataset, new Scorer().score(dataset, times))) {
 *   System.out.println(f.unitId() + " " + f.criterionId() + " [" + f.code() + "] " + f.message());
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Flags (defaults in {@link InsightThresholds#DEFAULTS})</caption>
 *   <tr><th>code</th><th>raised when</th><th>weight</th></tr>
 *   <tr><td>{@code moved}</td><td>a criterion's points moved by &gt; 30% of its maximum, or the
 *       total by &gt; 15% of B, since the framework's previous period (predecessors' range for a
 *       merged unit)</td><td>2</td></tr>
 *   <tr><td>{@code ratio-outlier}</td><td>robust z = 0.6745 × (x − median) / MAD of a ratio with
 *       |z| &gt; 3.5 among ≥ 8 units of the framework and period; MAD = 0 skips</td><td>2</td></tr>
 *   <tr><td>{@code numerator-equals-denominator}</td><td>numerator = denominator on ≥ 80% and ≥ 5
 *       of the unit's answered ratio criteria</td><td>2</td></tr>
 *   <tr><td>{@code self-above-computed}</td><td>self-score above the computed points, by any
 *       amount ({@code 002_…} item 12: 6 vs 4.54)</td><td>3</td></tr>
 *   <tr><td>{@code rare-not-applicable}</td><td>không phát sinh where ≥ 90% of ≥ 10 units
 *       answer</td><td>2</td></tr>
 *   <tr><td>{@code missing-evidence}</td><td>no evidence where it is optional but ≥ 90% of ≥ 10
 *       answering units give some</td><td>1</td></tr>
 *   <tr><td>{@code evidence-date-outside-period}</td><td>evidence dated before the period's start
 *       or more than 60 days after its end</td><td>1</td></tr>
 * </table>
 *
 * <p>Ratio checks read the unit's own inputs as submitted; the self-score is compared with the
 * points computed from those inputs (not a reviewer's); "moved" compares the counted points.
 */
public final class AnomalyDetector {

  private final InsightThresholds thresholds;

  /** With {@link InsightThresholds#DEFAULTS}. */
  public AnomalyDetector() {
    this(InsightThresholds.DEFAULTS);
  }

  public AnomalyDetector(InsightThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Every flag of every scored submission, sorted by unit, framework, period, criterion (whole-unit
   * flags first) and code; see {@link Flag#ORDER}.
   *
   * @param scores the dataset's scores, all periods (the previous period is needed for "moved")
   */
  public List<Flag> detect(Dataset data, List<UnitScore> scores) {
    Map<SubmissionKey, UnitScore> byKey = new HashMap<>();
    scores.forEach(s -> byKey.putIfAbsent(s.key(), s));
    MovedCheck moved = new MovedCheck(thresholds, byKey, data.registry());
    List<Flag> out = new ArrayList<>();
    for (List<Submission> subs : data.cohorts().values()) {
      Framework framework = data.framework(subs.get(0).framework()).orElse(null);
      if (framework == null) {
        continue;
      }
      String period = subs.get(0).period();
      Map<String, UnitScore> cohortScores = new HashMap<>();
      Map<String, Submission> unique = new TreeMap<>();
      for (Submission s : subs) {
        unique.putIfAbsent(s.unit(), s);
        UnitScore score = byKey.get(s.key());
        if (score != null) {
          cohortScores.put(s.unit(), score);
        }
      }
      Cohort k = new Cohort(framework, period, List.copyOf(unique.values()), cohortScores);
      out.addAll(moved.check(k));
      out.addAll(RatioChecks.check(thresholds, k));
      out.addAll(AnswerChecks.check(thresholds, k));
    }
    out.sort(Flag.ORDER.thenComparing(Flag::message, Comparator.naturalOrder()));
    return List.copyOf(out);
  }
}
