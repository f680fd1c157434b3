package org.opendti.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;
import org.opendti.score.ArrivalTimes;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * Scores one criterion of a few submissions through the real {@link Scorer}, in a framework that
 * holds only that criterion (same id, periods and total), so a what-if re-scores only what it
 * changes. The points are the scorer's own: same method, period, arrival time (the submission file
 * is kept) and, for a cohort criterion, the cohort's x_best and x_min, which the caller provides by
 * passing the submissions that hold them. Results of criteria whose inputs units often share are
 * cached by their inputs: a yes/no, an option or an assessed maximum is the same for every unit.
 */
final class Probe {

  private final Framework framework;
  private final UnitRegistry registry;
  private final ArrivalTimes times;
  private final Map<String, Framework> frameworks = new HashMap<>();
  private final Map<Key, CriterionScore> cache = new HashMap<>();

  private record Key(String criterionId, Map<String, Value> inputs, String file) {}

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
    // A ratio's inputs are the unit's own counts, rarely shared: hashing them costs more than it
    // saves. A cohort criterion's points depend on the other units.
    boolean cached = !(c.method() instanceof Method.Cohort || c.method() instanceof Method.Ratio);
    Key key =
        cached
            ? new Key(
                c.id(), fresh.inputs(), c.method() instanceof Method.Lateness ? unit.file() : null)
            : null;
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
