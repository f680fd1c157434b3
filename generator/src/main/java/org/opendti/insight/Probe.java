package org.opendti.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.UnitRegistry;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * Scores one criterion of a few submissions through the real {@link Scorer}, in a framework that
 * holds only that criterion (same id, periods and total), so a what-if re-scores only what it
 * changes. The points are the scorer's own: same method, period, arrival time (the submission file
 * is kept) and, for a cohort criterion, the cohort's x_best and x_min, which the caller provides by
 * passing the submissions that hold them. Results are cached by what they depend on: a yes/no, an
 * option, an assessed maximum or a ratio at 100% is the same for every unit.
 */
final class Probe {

  private final Framework framework;
  private final UnitRegistry registry;
  private final ArrivalTimes times;
  private final Map<String, Framework> frameworks = new HashMap<>();
  private final Map<Key, CriterionScore> cache = new HashMap<>();

  /**
   * @param what what the points depend on: the inputs, or a ratio's value r
   * @param file the submission's file, for lateness by arrival
   */
  private record Key(String criterionId, Object what, String file) {}

  /**
   * What a criterion's points depend on, or null when they depend on other units (cohort). A
   * ratio's points depend on r alone ({@code docs/formats.md}, Methods: min(r, 1) × max, with a
   * target or a floor), and r = 1 is every unit's maximum, while its inputs are the unit's own.
   */
  private static Key key(Criterion c, Submission unit, Answer fresh) {
    if (c.method() instanceof Method.Cohort) {
      return null;
    }
    if (c.method() instanceof Method.Ratio) {
      return RatioInputs.value(c, fresh.inputs())
          .map(r -> new Key(c.id(), r.stripTrailingZeros(), null))
          .orElse(null);
    }
    return new Key(
        c.id(), fresh.inputs(), c.method() instanceof Method.Lateness ? unit.file() : null);
  }

  Probe(Framework framework, UnitRegistry registry, ArrivalTimes times) {
    this.framework = framework;
    // No units: sample flags do not change points, and the registry is not read otherwise.
    this.registry = new UnitRegistry(registry.levels(), List.of());
    this.times = times;
  }

  /**
   * The criterion's score of {@code unit} answering {@code fresh} with no correction of it.
   *
   * @param holders the other units' submissions and reviews that give a cohort criterion its x_best
   *     and x_min; empty for other methods
   */
  CriterionScore one(
      Criterion c, Submission unit, Answer fresh, List<Submission> holders, List<Review> reviews) {
    Key key = key(c, unit, fresh);
    if (key != null) {
      CriterionScore hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    List<Submission> subs = new ArrayList<>();
    subs.add(only(unit, fresh));
    for (Submission h : holders) {
      subs.add(only(h, h.answer(c.id()).orElse(null)));
    }
    CriterionScore out = of(score(c, subs, reviews), unit.unit()).get(c.id());
    if (key != null) {
      cache.put(key, out);
    }
    return out;
  }

  /**
   * The criterion's scores of {@code unit} answering {@code fresh} (with no correction of it) and
   * of {@code others} as they answered, together: the cohort's x_best and x_min are theirs.
   *
   * @param reviews the reviews of {@code others}
   * @return by unit id
   */
  Map<String, CriterionScore> together(
      Criterion c, Submission unit, Answer fresh, List<Submission> others, List<Review> reviews) {
    List<Submission> subs = new ArrayList<>(others.size() + 1);
    subs.add(only(unit, fresh));
    for (Submission s : others) {
      subs.add(only(s, s.answer(c.id()).orElse(null)));
    }
    Map<String, CriterionScore> out = new HashMap<>();
    for (UnitScore s : score(c, subs, reviews)) {
      s.criteria().stream()
          .filter(cs -> cs.criterionId().equals(c.id()))
          .findFirst()
          .ifPresent(cs -> out.putIfAbsent(s.unitId(), cs));
    }
    return out;
  }

  private List<UnitScore> score(Criterion c, List<Submission> subs, List<Review> reviews) {
    Dataset d = new Dataset(registry, List.of(frameworkOf(c)), subs, reviews);
    return new Scorer().score(d, times);
  }

  private static Map<String, CriterionScore> of(List<UnitScore> scores, String unitId) {
    Map<String, CriterionScore> out = new HashMap<>();
    for (UnitScore s : scores) {
      if (s.unitId().equals(unitId)) {
        s.criteria().forEach(cs -> out.putIfAbsent(cs.criterionId(), cs));
        break;
      }
    }
    return out;
  }

  private Framework frameworkOf(Criterion c) {
    return frameworks.computeIfAbsent(
        c.id(),
        id ->
            new Framework(
                framework.id(),
                framework.title(),
                framework.titleEn(),
                framework.description(),
                framework.descriptionEn(),
                framework.source(),
                framework.level(),
                framework.periods(),
                framework.totalPoints(),
                List.of(new Group("probe", "probe", null, null, null, List.of(), List.of(c))),
                List.of(),
                Aggregation.DEFAULT,
                List.of()));
  }

  /** The submission with one answer (or none), and no priority sector. */
  private static Submission only(Submission s, Answer a) {
    return new Submission(
        s.file(),
        s.unit(),
        s.framework(),
        s.period(),
        s.preparer(),
        s.approver(),
        Map.of(),
        null,
        a == null ? List.of() : List.of(a));
  }
}
