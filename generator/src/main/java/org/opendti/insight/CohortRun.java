package org.opendti.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Shared;
import org.opendti.model.SortedMaps;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;
import org.opendti.rank.Ranker;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * What-if for one cohort (framework + period), indexed once: the cohort's submissions, reviews and
 * scores by unit, each cohort criterion's values sorted, and the ranking tables ({@link
 * Standings}).
 *
 * <p>A step re-scores only what it changes: the one criterion, through the real {@link Scorer}
 * ({@link Probe}), then the unit's total from its other points ({@link Totals}) and its rank among
 * the others' unchanged totals by binary search. A cohort criterion's points depend on x_best and
 * x_min ({@code 003_…} 4.6): the unit is scored with the other units that hold them. When its new
 * value moves them, every other unit's points of that criterion may move: those whose total could
 * end up on either side of the unit's new total are re-scored, the others counted by binary search
 * ({@link Standings.Movable}), so even then a step costs far less than the cohort. Where the
 * mirrored totals disagree with the scorer's (which the tests rule out, but a change to the scorer
 * could bring), the unit's whole submission is re-scored instead, the old way.
 */
final class CohortRun {

  private final Dataset data;
  private final Framework framework;
  private final Period period;
  private final ArrivalTimes times;
  private final Map<String, Submission> submissions = new TreeMap<>();
  private final Map<String, Review> reviews = new HashMap<>();
  private final Map<String, UnitScore> scores = new TreeMap<>();
  private final List<Criterion> criteria;
  private final Set<String> baseIds = new HashSet<>();
  private final Map<String, Totals> totals = new HashMap<>();
  private final Map<String, Standings.Movable> movables = new HashMap<>();

  /** Criterion id → its place in {@link CriterionIds#ORDER}. */
  private final Map<String, Integer> order = new HashMap<>();

  private final Probe probe;

  /** Per cohort criterion: each unit's value x, ascending (ties by unit id). */
  private final Map<String, List<Map.Entry<String, BigDecimal>>> values = new HashMap<>();

  private final Standings standings;

  /** Whether {@link Totals} gives the scorer's total for every unit of the cohort. */
  private final boolean exact;

  /**
   * The numbers and ranks of the opportunities this run keeps, one object per value (issue #17).
   */
  private final Shared shared = new Shared();

  CohortRun(
      Dataset data,
      Framework framework,
      String periodId,
      ArrivalTimes times,
      List<UnitScore> cohortScores) {
    this(data, framework, periodId, times, cohortScores, true);
  }

  /**
   * @param fast false to re-score whole submissions as before {@link Totals} (for tests that
   *     compare both ways)
   */
  CohortRun(
      Dataset data,
      Framework framework,
      String periodId,
      ArrivalTimes times,
      List<UnitScore> cohortScores,
      boolean fast) {
    this.data = data;
    this.framework = framework;
    this.period = framework.period(periodId).orElse(null);
    this.times = times;
    CohortKey cohort = new CohortKey(framework.id(), periodId);
    for (Submission s : data.cohort(cohort)) {
      submissions.putIfAbsent(s.unit(), s);
    }
    for (String unit : submissions.keySet()) {
      data.review(cohort.unit(unit)).ifPresent(r -> reviews.put(unit, r));
    }
    cohortScores.forEach(s -> scores.putIfAbsent(s.unitId(), s));
    criteria = framework.criteria(); // a fresh copy on every call
    criteria.forEach(c -> baseIds.add(c.id()));
    // CriterionIds.ORDER parses ids on every comparison; their rank is fixed per framework. Ids
    // that ORDER deems equal share a rank, so the sort breaks their tie as before.
    List<String> ids = new ArrayList<>(baseIds);
    ids.sort(CriterionIds.ORDER);
    for (int i = 0, rank = 0; i < ids.size(); i++) {
      if (i > 0 && CriterionIds.ORDER.compare(ids.get(i - 1), ids.get(i)) != 0) {
        rank = i;
      }
      order.put(ids.get(i), rank);
    }
    indexCohortValues();
    standings =
        new Standings(
            new Ranker().rank(cohortData(submissions, reviews), List.copyOf(scores.values())));
    probe = new Probe(framework, data.registry(), times);
    boolean all = fast;
    for (UnitScore s : scores.values()) {
      all &= totals(s.unitId()).exact();
    }
    exact = all;
  }

  private Totals totals(String unitId) {
    return totals.computeIfAbsent(unitId, id -> new Totals(framework, baseIds, scores.get(id)));
  }

  /** Each unit's value x of each cohort criterion, over the effective (reviewed) inputs. */
  private void indexCohortValues() {
    for (Criterion c : framework.allCriteria()) {
      if (!(c.method() instanceof Method.Cohort)) {
        continue;
      }
      List<Map.Entry<String, BigDecimal>> xs = new ArrayList<>();
      for (Submission s : submissions.values()) {
        RatioInputs.effective(c, s.answer(c.id()).orElse(null), reviews.get(s.unit()))
            .flatMap(in -> RatioInputs.value(c, in))
            .ifPresent(x -> xs.add(Map.entry(s.unit(), x)));
      }
      xs.sort(
          Map.Entry.<String, BigDecimal>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey()));
      values.put(c.id(), List.copyOf(xs));
    }
  }

  /** x_best of a cohort criterion now, or null. */
  private BigDecimal best(String criterionId) {
    List<Map.Entry<String, BigDecimal>> xs = values.get(criterionId);
    return xs == null || xs.isEmpty() ? null : xs.get(xs.size() - 1).getValue();
  }

  /** The highest and lowest entries of the other units (at most two each side are looked at). */
  private List<Map.Entry<String, BigDecimal>> othersExtremes(String criterionId, String unitId) {
    List<Map.Entry<String, BigDecimal>> xs = values.getOrDefault(criterionId, List.of());
    List<Map.Entry<String, BigDecimal>> out = new ArrayList<>();
    xs.stream().filter(e -> !e.getKey().equals(unitId)).findFirst().ifPresent(out::add);
    for (int i = xs.size() - 1; i >= 0; i--) {
      if (!xs.get(i).getKey().equals(unitId)) {
        out.add(xs.get(i));
        break;
      }
    }
    return out;
  }

  /**
   * Whether x_best and x_min stay as they are when the unit's value becomes {@code x} (empty: no
   * value). Then no other unit's points move and the unit can be re-scored alone.
   */
  private boolean statsKept(String criterionId, String unitId, Optional<BigDecimal> x) {
    List<Map.Entry<String, BigDecimal>> xs = values.getOrDefault(criterionId, List.of());
    List<BigDecimal> after = new ArrayList<>();
    othersExtremes(criterionId, unitId).forEach(e -> after.add(e.getValue()));
    x.ifPresent(after::add);
    if (xs.isEmpty() || after.isEmpty()) {
      return xs.isEmpty() && after.isEmpty();
    }
    BigDecimal hi = after.stream().max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal lo = after.stream().min(Comparator.naturalOrder()).orElseThrow();
    return hi.compareTo(xs.get(xs.size() - 1).getValue()) == 0
        && lo.compareTo(xs.get(0).getValue()) == 0;
  }

  List<String> unitIds() {
    return scores.keySet().stream().filter(submissions::containsKey).toList();
  }

  UnitOpportunities opportunities(String unitId) {
    return opportunities(unitId, Integer.MAX_VALUE);
  }

  /**
   * The unit's report with only its {@code keep} best opportunities of each basis, as {@link
   * UnitOpportunities#best} keeps them, {@code found} counting all. The steps are ordered first,
   * and only those kept become an {@link Opportunity} with their ranks placed: a unit of a large
   * framework has forty or more, of which the site shows five.
   */
  UnitOpportunities opportunities(String unitId, int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep < 0: " + keep);
    }
    UnitScore now = scores.get(unitId);
    Submission s = submissions.get(unitId);
    if (now == null || s == null) {
      throw new IllegalArgumentException(
          "no scored submission of " + unitId + " for " + framework.id() + " " + periodNameOf());
    }
    Review review = reviews.get(unitId);
    Totals mine = totals(unitId);
    Map<String, Answer> answers = new HashMap<>();
    s.answers().forEach(a -> answers.putIfAbsent(a.criterion(), a));
    List<Found> found = new ArrayList<>();
    for (Criterion c : criteria) {
      CriterionScore cs = mine.criterion(c.id());
      if (cs == null
          || cs.status() == CriterionScore.Status.NOT_APPLICABLE
          || cs.points().compareTo(c.maxPoints()) >= 0) {
        continue;
      }
      Answer answer = answers.get(c.id());
      Map<String, Value> base = RatioInputs.effective(c, answer, review).orElse(Map.of());
      BigDecimal maxThen = null;
      for (Step step : Steps.of(c, base, cs.points(), period, best(c.id()))) {
        Then then = then(c, s, answer, review, base, mine, step);
        BigDecimal gain = then.total().subtract(now.total());
        if (gain.signum() <= 0) {
          continue;
        }
        if (step.kind() == Opportunity.Kind.MAX) {
          maxThen = then.points();
        } else if (maxThen != null && then.points().compareTo(maxThen) >= 0) {
          continue; // the next step turned out to be the maximum itself
        }
        found.add(new Found(c, Opportunity.Basis.of(c), step, cs.points(), then, gain));
      }
    }
    // Opportunity.ACTIONABLE_FIRST, then criterion order, then kind, on the same fields.
    found.sort(
        Comparator.comparing((Found f) -> !f.basis().reported())
            .thenComparing(Found::gain, Comparator.reverseOrder())
            .thenComparingInt(f -> order.getOrDefault(f.criterion().id(), Integer.MAX_VALUE))
            .thenComparing(f -> f.step().kind()));
    // One copy for all the unit's opportunities (Opportunity keeps a map made by SortedMaps as is).
    Map<String, Integer> rankNow = SortedMaps.copyOf(standings.now(unitId), shared::of);
    List<Opportunity> out = new ArrayList<>();
    int reported = 0;
    int assessed = 0;
    for (Found f : found) {
      boolean kept = f.basis().reported() ? reported++ < keep : assessed++ < keep;
      if (kept) {
        out.add(
            new Opportunity(
                f.criterion().id(),
                f.step().kind(),
                f.basis(),
                shared.of(SortedMaps.copyOf(f.step().changed(), shared::of)),
                f.step().label(),
                shared.of(f.pointsNow()),
                shared.of(f.then().points()),
                shared.of(now.total()),
                shared.of(f.then().total()),
                shared.of(f.gain()),
                rankNow,
                SortedMaps.copyOf(f.then().ranks().get(), shared::of)));
      }
    }
    return new UnitOpportunities(unitId, framework.id(), now.periodId(), out, found.size());
  }

  /** A step that raises the total, before it is ordered and, if kept, made an opportunity. */
  private record Found(
      Criterion criterion,
      Opportunity.Basis basis,
      Step step,
      BigDecimal pointsNow,
      Then then,
      BigDecimal gain) {}

  /**
   * What a step gives: the criterion's points, the unit's total and its ranks. The ranks are placed
   * only for a step that is kept (it raises the total and is not the maximum again).
   */
  private record Then(BigDecimal points, BigDecimal total, Supplier<Map<String, Integer>> ranks) {

    static Then now(BigDecimal points, BigDecimal total, Map<String, Integer> ranks) {
      return new Then(points, total, () -> ranks);
    }
  }

  private String periodNameOf() {
    return period == null ? "?" : period.id();
  }

  private Then then(
      Criterion c,
      Submission s,
      Answer answer,
      Review review,
      Map<String, Value> base,
      Totals mine,
      Step step) {
    Map<String, Value> inputs = new TreeMap<>(base);
    inputs.putAll(step.changed());
    Answer fresh = fresh(answer, c.id(), inputs);
    boolean cohortCriterion = c.method() instanceof Method.Cohort;
    boolean wholeCohort =
        cohortCriterion && !statsKept(c.id(), s.unit(), RatioInputs.value(c, inputs));
    if (!exact) {
      return slow(c, s, review, fresh, wholeCohort);
    }
    List<Submission> holders = new ArrayList<>();
    List<Review> theirs = new ArrayList<>();
    if (cohortCriterion) {
      for (Map.Entry<String, BigDecimal> e : othersExtremes(c.id(), s.unit())) {
        holders.add(submissions.get(e.getKey()));
        Optional.ofNullable(reviews.get(e.getKey())).ifPresent(theirs::add);
      }
    }
    BigDecimal points = probe.one(c, s, fresh, holders, theirs).points();
    BigDecimal total = mine.with(c, points);
    if (!wholeCohort) {
      return new Then(points, total, () -> standings.placed(s.unit(), total));
    }
    return new Then(points, total, () -> placedWholeCohort(c, s, fresh, holders, theirs, total));
  }

  /**
   * The ranks of a step that moves x_best or x_min: the other units' points of c move too. Only
   * those whose total could fall on either side of the unit's new total are re-scored, with the
   * holders for the stats.
   */
  private Map<String, Integer> placedWholeCohort(
      Criterion c,
      Submission s,
      Answer fresh,
      List<Submission> holders,
      List<Review> theirs,
      BigDecimal total) {
    Standings.Movable m = movable(c);
    Set<String> undecided = m.undecided(s.unit(), total);
    Map<String, CriterionScore> after = Map.of();
    if (!undecided.isEmpty()) {
      List<Submission> others = new ArrayList<>(holders);
      List<Review> revs = new ArrayList<>(theirs);
      for (String id : undecided) {
        if (holders.stream().noneMatch(h -> h.unit().equals(id))) {
          others.add(submissions.get(id));
          Optional.ofNullable(reviews.get(id)).ifPresent(revs::add);
        }
      }
      after = probe.together(c, s, fresh, others, revs);
    }
    Map<String, CriterionScore> rescored = after;
    return m.placed(s.unit(), total, id -> totals(id).with(c, rescored.get(id).points()));
  }

  /** The tables seen from cohort criterion {@code c}: every unit with a value of it may move. */
  private Standings.Movable movable(Criterion c) {
    return movables.computeIfAbsent(
        c.id(),
        id -> {
          Set<String> moving = new HashSet<>();
          values.getOrDefault(id, List.of()).forEach(e -> moving.add(e.getKey()));
          return standings.movable(
              moving,
              u ->
                  new BigDecimal[] {
                    totals(u).with(c, BigDecimal.ZERO), totals(u).with(c, c.maxPoints())
                  });
        });
  }

  /**
   * The old way, kept for a cohort whose totals {@link Totals} does not reproduce: the whole
   * submission re-scored with the units that hold x_best and x_min, or the whole cohort.
   */
  private Then slow(Criterion c, Submission s, Review review, Answer fresh, boolean wholeCohort) {
    Submission changed = s.withAnswer(fresh);
    Review reviewed = withoutCorrection(review, c.id());
    if (wholeCohort) {
      Map<String, Submission> subs = new TreeMap<>(submissions);
      subs.put(s.unit(), changed);
      Map<String, Review> revs = new HashMap<>(reviews);
      putOrRemove(revs, s.unit(), reviewed);
      List<UnitScore> rescored = new Scorer().score(cohortData(subs, revs), times);
      UnitScore then = find(rescored, s.unit());
      Map<String, BigDecimal> totalsThen = new HashMap<>();
      rescored.forEach(u -> totalsThen.putIfAbsent(u.unitId(), u.total()));
      return Then.now(
          then.criterion(c.id()).orElseThrow().points(),
          then.total(),
          standings.placed(s.unit(), then.total(), totalsThen::get));
    }
    UnitScore then = find(new Scorer().score(alone(changed, reviewed), times), s.unit());
    return Then.now(
        then.criterion(c.id()).orElseThrow().points(),
        then.total(),
        standings.placed(s.unit(), then.total()));
  }

  /**
   * The changed submission with the other units that hold x_best and x_min of each cohort
   * criterion: with the unit's own value, they give the whole cohort's x_best and x_min.
   */
  private Dataset alone(Submission changed, Review review) {
    List<Submission> subs = new ArrayList<>();
    List<Review> revs = new ArrayList<>();
    List<Unit> known = new ArrayList<>();
    subs.add(changed);
    if (review != null) {
      revs.add(review);
    }
    data.registry().unit(changed.unit()).ifPresent(known::add);
    TreeSet<String> holders = new TreeSet<>();
    values
        .keySet()
        .forEach(c -> othersExtremes(c, changed.unit()).forEach(e -> holders.add(e.getKey())));
    for (String id : holders) {
      subs.add(submissions.get(id));
      Optional.ofNullable(reviews.get(id)).ifPresent(revs::add);
      data.registry().unit(id).ifPresent(known::add);
    }
    UnitRegistry registry = new UnitRegistry(data.registry().levels(), known);
    return new Dataset(registry, List.of(framework), subs, revs);
  }

  private Dataset cohortData(Map<String, Submission> subs, Map<String, Review> revs) {
    return new Dataset(
        data.registry(),
        List.of(framework),
        List.copyOf(subs.values()),
        revs.values().stream().sorted(Comparator.comparing(Review::unit)).toList());
  }

  private static UnitScore find(List<UnitScore> scores, String unitId) {
    return scores.stream().filter(u -> u.unitId().equals(unitId)).findFirst().orElseThrow();
  }

  /** The unit's new answer: the inputs given, its self-score and evidence kept. */
  private static Answer fresh(Answer old, String criterionId, Map<String, Value> in) {
    return old == null || old.notApplicable() != null
        ? new Answer(criterionId, in, null, List.of(), null, null)
        : new Answer(criterionId, in, old.selfScore(), old.evidence(), old.notes(), null);
  }

  /**
   * The review without its correction of this criterion: the what-if asks what the unit's own
   * (verified) data would have to be, so a reviewer's number for it no longer applies.
   */
  private static Review withoutCorrection(Review r, String criterionId) {
    if (r == null || r.correction(criterionId).isEmpty()) {
      return r;
    }
    return r.withCorrections(
        r.corrections().stream().filter(c -> !c.criterion().equals(criterionId)).toList());
  }

  private static void putOrRemove(Map<String, Review> m, String unit, Review r) {
    if (r == null) {
      m.remove(unit);
    } else {
      m.put(unit, r);
    }
  }
}
