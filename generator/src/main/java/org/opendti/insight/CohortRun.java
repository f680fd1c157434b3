package org.opendti.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.UnitRegistry;
import org.opendti.model.Value;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranker;
import org.opendti.rank.Ranking;
import org.opendti.score.ArrivalTimes;
import org.opendti.score.CriterionScore;
import org.opendti.score.Scorer;
import org.opendti.score.UnitScore;

/**
 * What-if for one cohort (framework + period), indexed once. A change that moves a cohort
 * criterion's x_best or x_min re-scores the whole cohort: raising one unit's value may raise x_best
 * and lower everyone else's points ({@code 003_…} 4.6). Any other change re-scores only the changed
 * submission, together with the other submissions that hold x_best and x_min of each cohort
 * criterion so its own cohort criteria keep their points. Either way the new totals are placed in
 * the current tables.
 */
final class CohortRun {

  private final Dataset data;
  private final Framework framework;
  private final Period period;
  private final ArrivalTimes times;
  private final Map<String, Submission> submissions = new TreeMap<>();
  private final Map<String, Review> reviews = new HashMap<>();
  private final Map<String, UnitScore> scores = new TreeMap<>();
  private final Map<String, Unit> units = new HashMap<>();

  /** Per cohort criterion: each unit's value x, ascending (ties by unit id). */
  private final Map<String, List<Map.Entry<String, BigDecimal>>> values = new HashMap<>();

  private final List<Ranking> tables;

  CohortRun(
      Dataset data,
      Framework framework,
      String periodId,
      ArrivalTimes times,
      List<UnitScore> cohortScores) {
    this.data = data;
    this.framework = framework;
    this.period = framework.period(periodId).orElse(null);
    this.times = times;
    for (Submission s : data.submissions()) {
      if (s.framework().equals(framework.id()) && s.period().equals(periodId)) {
        submissions.putIfAbsent(s.unit(), s);
      }
    }
    for (Review r : data.reviews()) {
      if (r.framework().equals(framework.id()) && r.period().equals(periodId)) {
        reviews.putIfAbsent(r.unit(), r);
      }
    }
    cohortScores.forEach(s -> scores.putIfAbsent(s.unitId(), s));
    data.registry().units().forEach(u -> units.putIfAbsent(u.id(), u));
    indexCohortValues();
    tables = new Ranker().rank(cohortData(submissions, reviews), List.copyOf(scores.values()));
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

  WhatIfReport report(String unitId) {
    UnitScore now = scores.get(unitId);
    Submission s = submissions.get(unitId);
    if (now == null || s == null) {
      throw new IllegalArgumentException(
          "no scored submission of " + unitId + " for " + framework.id() + " " + periodNameOf());
    }
    Review review = reviews.get(unitId);
    Map<String, Integer> rankNow = ranksOf(tables, unitId);
    List<Opportunity> out = new ArrayList<>();
    for (Criterion c : framework.criteria()) {
      CriterionScore cs = now.criterion(c.id()).orElse(null);
      if (cs == null
          || cs.status() == CriterionScore.Status.NOT_APPLICABLE
          || cs.points().compareTo(c.maxPoints()) >= 0) {
        continue;
      }
      Answer answer = s.answer(c.id()).orElse(null);
      Map<String, Value> base = RatioInputs.effective(c, answer, review).orElse(Map.of());
      BigDecimal maxThen = null;
      for (Step step : Steps.of(c, base, cs.points(), period, best(c.id()))) {
        Optional<Opportunity> o = evaluate(c, s, review, base, now, rankNow, step);
        if (o.isEmpty()) {
          continue;
        }
        if (step.kind() == Opportunity.Kind.MAX) {
          maxThen = o.get().pointsThen();
        } else if (maxThen != null && o.get().pointsThen().compareTo(maxThen) >= 0) {
          continue; // the next step turned out to be the maximum itself
        }
        out.add(o.get());
      }
    }
    out.sort(
        Comparator.comparing(Opportunity::gain)
            .reversed()
            .thenComparing(Opportunity::criterionId, CriterionIds.ORDER)
            .thenComparing(Opportunity::kind));
    return new WhatIfReport(unitId, framework.id(), now.periodId(), out);
  }

  private String periodNameOf() {
    return period == null ? "?" : period.id();
  }

  private Optional<Opportunity> evaluate(
      Criterion c,
      Submission s,
      Review review,
      Map<String, Value> base,
      UnitScore now,
      Map<String, Integer> rankNow,
      Step step) {
    Map<String, Value> inputs = new TreeMap<>(base);
    inputs.putAll(step.changed());
    Submission changed = withAnswer(s, c.id(), inputs);
    Review reviewed = withoutCorrection(review, c.id());
    UnitScore then;
    Map<String, Integer> rankThen;
    boolean wholeCohort =
        c.method() instanceof Method.Cohort
            && !statsKept(c.id(), s.unit(), RatioInputs.value(c, inputs));
    if (wholeCohort) {
      Map<String, Submission> subs = new TreeMap<>(submissions);
      subs.put(s.unit(), changed);
      Map<String, Review> revs = new HashMap<>(reviews);
      putOrRemove(revs, s.unit(), reviewed);
      List<UnitScore> rescored = new Scorer().score(cohortData(subs, revs), times);
      then = find(rescored, s.unit());
      Map<String, BigDecimal> totals = new HashMap<>();
      rescored.forEach(u -> totals.putIfAbsent(u.unitId(), u.total()));
      rankThen = placed(s.unit(), then.total(), totals);
    } else {
      then = find(new Scorer().score(alone(changed, reviewed), times), s.unit());
      rankThen = placed(s.unit(), then.total(), Map.of());
    }
    BigDecimal gain = then.total().subtract(now.total());
    if (gain.signum() <= 0) {
      return Optional.empty();
    }
    CriterionScore before = now.criterion(c.id()).orElseThrow();
    CriterionScore after = then.criterion(c.id()).orElseThrow();
    return Optional.of(
        new Opportunity(
            c.id(),
            step.kind(),
            step.changed(),
            step.label(),
            before.points(),
            after.points(),
            now.total(),
            then.total(),
            gain,
            rankNow,
            rankThen));
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
    Optional.ofNullable(units.get(changed.unit())).ifPresent(known::add);
    TreeSet<String> holders = new TreeSet<>();
    values
        .keySet()
        .forEach(c -> othersExtremes(c, changed.unit()).forEach(e -> holders.add(e.getKey())));
    for (String id : holders) {
      subs.add(submissions.get(id));
      Optional.ofNullable(reviews.get(id)).ifPresent(revs::add);
      Optional.ofNullable(units.get(id)).ifPresent(known::add);
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

  /**
   * The rank a new total would hold in each current table of the unit: 1 + the others above it,
   * which is {@link Ranker}'s rule (equal rounded totals share the first rank). Tables keep their
   * members; only totals change. Cheaper than ranking again, whose Vietnamese collation of names
   * dominated the cost of a cohort re-score.
   *
   * @param totals new totals of the other units; those absent keep their current total
   */
  private Map<String, Integer> placed(
      String unitId, BigDecimal total, Map<String, BigDecimal> totals) {
    BigDecimal shown = shown(total);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Ranking t : tables) {
      if (t.entries().stream().noneMatch(e -> e.unitId().equals(unitId))) {
        continue;
      }
      long above =
          t.entries().stream()
              .filter(e -> !e.unitId().equals(unitId))
              .filter(e -> shown(totals.getOrDefault(e.unitId(), e.total())).compareTo(shown) > 0)
              .count();
      out.put(t.group().id(), (int) above + 1);
    }
    return out;
  }

  private static BigDecimal shown(BigDecimal total) {
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  private static Map<String, Integer> ranksOf(List<Ranking> tables, String unitId) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Ranking t : tables) {
      for (RankEntry e : t.entries()) {
        if (e.unitId().equals(unitId)) {
          out.put(t.group().id(), e.rank());
        }
      }
    }
    return out;
  }

  private static UnitScore find(List<UnitScore> scores, String unitId) {
    return scores.stream().filter(u -> u.unitId().equals(unitId)).findFirst().orElseThrow();
  }

  private static Submission withAnswer(Submission s, String criterionId, Map<String, Value> in) {
    Answer old = s.answer(criterionId).orElse(null);
    Answer fresh =
        old == null || old.notApplicable() != null
            ? new Answer(criterionId, in, null, List.of(), null, null)
            : new Answer(criterionId, in, old.selfScore(), old.evidence(), old.notes(), null);
    List<Answer> answers = new ArrayList<>();
    s.answers().stream().filter(a -> !a.criterion().equals(criterionId)).forEach(answers::add);
    answers.add(fresh);
    return new Submission(
        s.file(),
        s.unit(),
        s.framework(),
        s.period(),
        s.preparer(),
        s.approver(),
        s.profile(),
        s.prioritySector(),
        answers);
  }

  /**
   * The review without its correction of this criterion: the what-if asks what the unit's own
   * (verified) data would have to be, so a reviewer's number for it no longer applies.
   */
  private static Review withoutCorrection(Review r, String criterionId) {
    if (r == null || r.correction(criterionId).isEmpty()) {
      return r;
    }
    return new Review(
        r.file(),
        r.unit(),
        r.framework(),
        r.period(),
        r.reviewer(),
        r.date(),
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
