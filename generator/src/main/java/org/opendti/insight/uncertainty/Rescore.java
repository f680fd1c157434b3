package org.opendti.insight.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendti.load.Dataset;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * The points a criterion gets under another choice, from the real {@link Scorer} run on a framework
 * that holds only the criteria concerned ({@link Framework#restrictedTo}): the cohort criteria in
 * the other reading of min-max, or a criterion with a disputed correction left out. Nothing here
 * repeats a scoring rule.
 */
final class Rescore {

  private final Dataset data;
  private final Framework framework;
  private final List<Submission> submissions;
  private final ArrivalTimes times;

  Rescore(Dataset data, Framework framework, CohortKey cohort, ArrivalTimes times) {
    this.data = data;
    this.framework = framework;
    this.submissions = data.cohort(cohort);
    this.times = times;
  }

  static boolean isCohort(Criterion c) {
    return c.method() instanceof Method.Cohort;
  }

  /**
   * Every unit's cohort criteria (unit id → criterion id → score), in the framework's reading or
   * the other one, with the corrections in {@code leftOut} not applied: both move x_best and x_min
   * for the whole cohort, so the whole cohort is scored, but only for these criteria.
   */
  Map<String, Map<String, CriterionScore>> cohortCriteria(
      boolean otherReading, Set<DisputedCorrection> leftOut) {
    Framework only = framework.restrictedTo(Rescore::isCohort, c -> otherReading ? flipped(c) : c);
    List<Review> reviews = new ArrayList<>();
    for (Submission s : submissions) {
      data.reviewOf(s).map(r -> without(r, leftOut)).ifPresent(reviews::add);
    }
    Dataset d = new Dataset(data.registry(), List.of(only), submissions, reviews);
    Map<String, Map<String, CriterionScore>> out = new HashMap<>();
    for (UnitScore u : new Scorer().score(d, ArrivalTimes.none())) {
      Map<String, CriterionScore> byId = new HashMap<>();
      u.criteria().forEach(c -> byId.putIfAbsent(c.criterionId(), c));
      out.putIfAbsent(u.unitId(), byId);
    }
    return out;
  }

  /** The disputed criterion of its unit with the correction left out (null if it is not scored). */
  CriterionScore without(DisputedCorrection disputed) {
    Optional<Submission> s = data.submission(disputed.submission());
    if (s.isEmpty()) {
      return null;
    }
    Framework only = framework.restrictedTo(c -> c.id().equals(disputed.criterionId()), c -> c);
    List<Review> reviews = new ArrayList<>();
    data.reviewOf(s.get()).map(r -> without(r, Set.of(disputed))).ifPresent(reviews::add);
    Dataset d = new Dataset(data.registry(), List.of(only), List.of(s.get()), reviews);
    for (UnitScore u : new Scorer().score(d, times)) {
      return u.criterion(disputed.criterionId()).orElse(null);
    }
    return null;
  }

  /** The criterion in the other reading of min-max. */
  static Criterion flipped(Criterion c) {
    Method.Cohort m = (Method.Cohort) c.method();
    Method.CohortVariant other =
        m.variant() == Method.CohortVariant.MIN_MAX
            ? Method.CohortVariant.RELATIVE_TO_BEST
            : Method.CohortVariant.MIN_MAX;
    return c.withMethod(new Method.Cohort(m.numerator(), m.denominator(), other));
  }

  /** The review without the corrections in {@code leftOut}. */
  static Review without(Review r, Set<DisputedCorrection> leftOut) {
    if (leftOut.isEmpty()) {
      return r;
    }
    List<Review.Correction> kept =
        r.corrections().stream()
            .filter(c -> !leftOut.contains(new DisputedCorrection(r.key(), c.criterion())))
            .toList();
    return r.withCorrections(kept);
  }
}
