package org.opendti.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.CohortKey;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.Review;
import org.opendti.model.Shared;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.Value;

/**
 * Scores every submission of a dataset: each criterion by its framework's method (with reviewers'
 * corrections), then the unit's total by {@code 004_…} Điều 5–6. Stateless and thread-safe; build
 * one and reuse it.
 *
 * <pre>{@code
 * Scorer scorer = new Scorer();
 * List<UnitScore> scores = scorer.score(dataset, ArrivalTimes.none());
 * UnitScore first = scores.get(0);
 * System.out.println(first.unitId() + " " + first.total());
 * first.criteria().forEach(c -> System.out.println(c.criterionId() + ": " + c.formula().plain()));
 * }</pre>
 *
 * <p>The dataset is expected to be validated, but odd data never throws: a missing or mistyped
 * input scores the criterion as {@link CriterionScore.Status#MISSING} with 0 points.
 */
public final class Scorer {

  /**
   * Cohorts smaller than this are scored on one thread; splitting them costs more than it saves.
   */
  private static final int PARALLEL_FROM = 256;

  /** Creates a scorer. */
  public Scorer() {}

  /**
   * Scores the submissions whose framework exists, sorted by framework, period and unit id. Cohort
   * criteria ({@code 003_…} 4.6) are scored against all of these submissions of the same framework
   * and period, using reviewed inputs where a review corrected them.
   */
  public List<UnitScore> score(Dataset data, ArrivalTimes times) {
    return score(data, times, s -> true);
  }

  /**
   * As {@link #score(Dataset, ArrivalTimes)}, but only the submissions {@code scored} accepts are
   * scored; the cohort criteria are still scored against all of them. The reviewers' dashboard asks
   * this for the few reviewed submissions' totals without their review, instead of a whole cohort.
   */
  public List<UnitScore> score(
      Dataset data, ArrivalTimes times, java.util.function.Predicate<Submission> scored) {
    return score(data, times, scored, null);
  }

  /**
   * As {@link #score(Dataset, ArrivalTimes)}, taking from {@code cache} the score of each unit
   * scored from what its kept score was scored from, and keeping every score there for {@link
   * ScoreCache#save}.
   */
  public List<UnitScore> score(Dataset data, ArrivalTimes times, ScoreCache cache) {
    return score(data, times, s -> true, cache);
  }

  private List<UnitScore> score(
      Dataset data,
      ArrivalTimes times,
      java.util.function.Predicate<Submission> scored,
      ScoreCache cache) {
    List<UnitScore> out = new ArrayList<>();
    Shared pool = new Shared();
    for (Map.Entry<CohortKey, List<Submission>> entry : data.cohorts().entrySet()) {
      Optional<Framework> known = data.framework(entry.getKey().framework());
      if (known.isEmpty()) {
        continue;
      }
      Framework framework = known.get();
      List<Submission> cohort = entry.getValue();
      // Answers by criterion, once per submission: Submission.answer scans them all, and was a
      // quarter of the scoring time when called once per criterion.
      Map<Submission, Map<String, Answer>> answers = new IdentityHashMap<>();
      for (Submission s : cohort) {
        answers.put(s, byCriterion(s));
      }
      Map<String, CohortStats> stats = cohortStats(framework, cohort, answers, data);
      String statsKey = cache == null ? null : new java.util.TreeMap<>(stats).toString();
      List<Criterion> base = framework.criteria();
      // Arrival times are asked for on this thread: the caller's ArrivalTimes need not be
      // thread-safe. The submissions are then scored on every core; the order is kept.
      List<Submission> chosen = new ArrayList<>(cohort.size());
      List<Optional<Instant>> arrivals = new ArrayList<>(cohort.size());
      for (Submission s : cohort) {
        if (scored.test(s)) {
          chosen.add(s);
          arrivals.add(times.arrivalOf(s.file()));
        }
      }
      IntStream indexes = IntStream.range(0, chosen.size());
      if (chosen.size() >= PARALLEL_FROM) {
        indexes = indexes.parallel();
      }
      out.addAll(
          indexes
              .mapToObj(
                  i -> {
                    Submission s = chosen.get(i);
                    Optional<Review> review = data.reviewOf(s);
                    boolean isSample =
                        data.registry().unit(s.unit()).map(Unit::sample).orElse(false);
                    Optional<ScoreCache.Key> key =
                        cache == null
                            ? Optional.empty()
                            : cache.keyOf(s, review, isSample, arrivals.get(i), statsKey);
                    UnitScore kept = key.isPresent() ? cache.find(key.get()) : null;
                    UnitScore score =
                        kept != null
                            ? kept
                            : scoreOne(
                                framework,
                                base,
                                s,
                                answers.get(s),
                                review,
                                isSample,
                                arrivals.get(i),
                                stats,
                                pool);
                    key.ifPresent(k -> cache.keep(k, score));
                    return score;
                  })
              .toList());
    }
    out.sort(
        Comparator.comparing(UnitScore::frameworkId)
            .thenComparing(UnitScore::periodId)
            .thenComparing(UnitScore::unitId)
            .thenComparing(
                UnitScore::submissionFile, Comparator.nullsFirst(Comparator.naturalOrder())));
    return List.copyOf(out);
  }

  /** As {@link Submission#answer}: the first answer to each criterion. */
  private static Map<String, Answer> byCriterion(Submission s) {
    Map<String, Answer> out = new HashMap<>();
    for (Answer a : s.answers()) {
      out.putIfAbsent(a.criterion(), a);
    }
    return out;
  }

  private static UnitScore scoreOne(
      Framework framework,
      List<Criterion> base,
      Submission s,
      Map<String, Answer> answers,
      Optional<Review> review,
      boolean sample,
      Optional<Instant> arrival,
      Map<String, CohortStats> stats,
      Shared pool) {
    Period period = framework.period(s.period()).orElse(null);
    Optional<PrioritySector> sector =
        s.prioritySector() == null
            ? Optional.empty()
            : framework.aggregation().prioritySectors().stream()
                .filter(p -> p.id().equals(s.prioritySector()))
                .findFirst();
    List<Criterion> criteria = new ArrayList<>(base);
    sector.ifPresent(p -> criteria.addAll(p.criteria()));
    List<CriterionScore> scores = new ArrayList<>(criteria.size());
    for (Criterion c : criteria) {
      MethodContext ctx = new MethodContext(c, period, arrival, stats.get(c.id()));
      Answer answer = answers.get(c.id());
      Review.Correction corr = review.flatMap(r -> r.correction(c.id())).orElse(null);
      scores.add(CriterionScorer.score(ctx, answer, corr).shared(pool));
    }
    return UnitAggregator.aggregate(framework, base, s, scores, sector, sample, pool);
  }

  /** x_best and x_min of each cohort criterion over the cohort's effective (reviewed) inputs. */
  private static Map<String, CohortStats> cohortStats(
      Framework framework,
      List<Submission> cohort,
      Map<Submission, Map<String, Answer>> answers,
      Dataset data) {
    Map<String, CohortStats> stats = new HashMap<>();
    for (Map.Entry<String, List<CohortValue>> e :
        cohortValues(framework, cohort, s -> answers.get(s), data).entrySet()) {
      CohortStats acc = CohortStats.EMPTY;
      for (CohortValue v : e.getValue()) {
        acc = acc.with(v.value());
      }
      stats.put(e.getKey(), acc);
    }
    return stats;
  }

  /**
   * Every unit's value x of each cohort criterion of {@code framework} (criterion id → values in
   * the order of {@code cohort}), from the effective (reviewed) inputs; a unit without a value
   * (missing input, zero denominator, not applicable) is left out. x_best and x_min are their
   * maximum and minimum.
   *
   * @param cohort the submissions of one framework and period
   */
  public static Map<String, List<CohortValue>> cohortValues(
      Framework framework, List<Submission> cohort, Dataset data) {
    return cohortValues(framework, cohort, Scorer::byCriterion, data);
  }

  private static Map<String, List<CohortValue>> cohortValues(
      Framework framework,
      List<Submission> cohort,
      java.util.function.Function<Submission, Map<String, Answer>> answers,
      Dataset data) {
    Map<String, List<CohortValue>> out = new java.util.TreeMap<>();
    for (Criterion c : framework.allCriteria()) {
      if (!(c.method() instanceof Method.Cohort m)) {
        continue;
      }
      List<CohortValue> values = new ArrayList<>();
      for (Submission s : cohort) {
        Answer answer = answers.apply(s).get(c.id());
        Review review = data.reviewOf(s).orElse(null);
        Optional<Map<String, Value>> in = effectiveInputs(c, answer, review);
        Optional<BigDecimal> x = in.flatMap(i -> CohortScoring.value(m, c, i));
        if (x.isPresent()) {
          Review.Correction corr = review == null ? null : review.correction(c.id()).orElse(null);
          boolean setPoints = corr != null && corr.inputs().isEmpty() && corr.points() != null;
          values.add(new CohortValue(s.unit(), x.get(), !setPoints));
        }
      }
      out.put(c.id(), List.copyOf(values));
    }
    return out;
  }

  /** The inputs that count for a unit after review; empty when the criterion does not count. */
  private static Optional<Map<String, Value>> effectiveInputs(
      Criterion c, Answer answer, Review review) {
    Review.Correction corr = review == null ? null : review.correction(c.id()).orElse(null);
    if (corr != null && Boolean.TRUE.equals(corr.notApplicable())) {
      return Optional.empty();
    }
    if (corr != null && !corr.inputs().isEmpty()) {
      return Optional.of(CriterionScorer.correctedInputs(answer, corr));
    }
    if (answer == null || answer.notApplicable() != null) {
      return Optional.empty();
    }
    return Optional.of(answer.inputs());
  }
}
