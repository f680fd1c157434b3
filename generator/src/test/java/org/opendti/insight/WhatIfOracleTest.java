package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.insight.WhatIfFixture.changed;
import static org.opendti.insight.WhatIfFixture.of;
import static org.opendti.insight.WhatIfFixture.ranks;
import static org.opendti.insight.WhatIfFixture.score;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Unit;
import org.opendti.model.Value;
import org.opendti.score.CriterionScore;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

/**
 * The fast what-if (one criterion re-scored, totals mirrored, ranks by binary search) against the
 * question asked the slow way: every step applied to a copy of the dataset, the whole dataset
 * re-scored by {@link org.opendti.score.Scorer} and re-ranked by {@link org.opendti.rank.Ranker}.
 */
class WhatIfOracleTest {

  static Stream<Arguments> cohorts() {
    Framework plain = WhatIfFixture.framework(Aggregation.DEFAULT);
    Framework capped =
        WhatIfFixture.framework(
            TestData.aggregation(false, Aggregation.BonusPolicy.ADD_CAPPED, List.of(), List.of()));
    return Stream.of(
        Arguments.of("six communes", WhatIfFixture.dataset(plain, WhatIfFixture.six(), List.of())),
        Arguments.of("six communes, reviewed", reviewed(plain)),
        Arguments.of("40 random communes", random(plain, 40, 1)),
        Arguments.of("40 random communes, no rescaling, capped", random(capped, 40, 2)),
        Arguments.of("60 random communes", random(plain, 60, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cohorts")
  void fastWhatIfEqualsAFullRescoreOfEveryStep(String name, Dataset d) {
    List<UnitOpportunities> fast = new WhatIf(ArrivalTimes.none()).forUnits(d, score(d));
    assertThat(fast).isEqualTo(oracle(d));
    assertThat(fast).flatExtracting(UnitOpportunities::opportunities).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cohorts")
  void fallbackThatRescoresWholeSubmissionsAgrees(String name, Dataset d) {
    assertThat(new WhatIf(ArrivalTimes.none()).forUnits(d, score(d), false))
        .isEqualTo(new WhatIf(ArrivalTimes.none()).forUnits(d, score(d)));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"7", "8"})
  void randomCohortsHaveStepsThatMoveOtherUnitsPoints(String criterion) {
    // The fast path's hard case, re-scoring others' cohort points, must actually be exercised.
    Dataset d = random(WhatIfFixture.framework(Aggregation.DEFAULT), 40, 1);
    List<UnitScore> before = score(d);
    long moved =
        new WhatIf(ArrivalTimes.none())
            .forUnits(d, before).stream()
                .flatMap(r -> r.opportunities().stream().map(o -> Map.entry(r.unitId(), o)))
                .filter(e -> e.getValue().criterionId().equals(criterion))
                .filter(
                    e -> {
                      Submission s = submission(d, e.getKey());
                      List<UnitScore> after =
                          score(
                              changed(
                                  d,
                                  e.getKey(),
                                  criterion,
                                  s.answer(criterion).orElseThrow().inputs(),
                                  e.getValue().inputs()));
                      return before.stream()
                          .filter(u -> !u.unitId().equals(e.getKey()))
                          .anyMatch(
                              u ->
                                  u.criterion(criterion)
                                          .orElseThrow()
                                          .points()
                                          .compareTo(
                                              of(after, u.unitId())
                                                  .criterion(criterion)
                                                  .orElseThrow()
                                                  .points())
                                      != 0);
                    })
                .count();
    assertThat(moved).isPositive();
  }

  /** What-if the slow way, for a dataset of one framework and period. */
  static List<UnitOpportunities> oracle(Dataset d) {
    Framework f = d.frameworks().get(0);
    List<UnitScore> scores = score(d);
    List<UnitOpportunities> out = new ArrayList<>();
    for (UnitScore now : scores) {
      String unit = now.unitId();
      Submission s = submission(d, unit);
      Review review =
          d.reviews().stream().filter(r -> r.unit().equals(unit)).findFirst().orElse(null);
      Map<String, Integer> rankNow = ranks(d, scores, unit);
      List<Opportunity> opportunities = new ArrayList<>();
      for (Criterion c : f.criteria()) {
        CriterionScore cs = now.criterion(c.id()).orElseThrow();
        if (cs.status() == CriterionScore.Status.NOT_APPLICABLE
            || cs.points().compareTo(c.maxPoints()) >= 0) {
          continue;
        }
        Map<String, Value> base =
            RatioInputs.effective(c, s.answer(c.id()).orElse(null), review).orElse(Map.of());
        BigDecimal maxThen = null;
        for (Step step : Steps.of(c, base, cs.points(), TestData.PERIOD, best(d, c))) {
          Dataset after = changed(d, unit, c.id(), base, step.changed());
          List<UnitScore> full = score(after);
          UnitScore then = of(full, unit);
          BigDecimal gain = then.total().subtract(now.total());
          if (gain.signum() <= 0) {
            continue;
          }
          BigDecimal points = then.criterion(c.id()).orElseThrow().points();
          if (step.kind() == Opportunity.Kind.MAX) {
            maxThen = points;
          } else if (maxThen != null && points.compareTo(maxThen) >= 0) {
            continue;
          }
          opportunities.add(
              new Opportunity(
                  c.id(),
                  step.kind(),
                  Opportunity.Basis.of(c),
                  step.changed(),
                  step.label(),
                  cs.points(),
                  points,
                  now.total(),
                  then.total(),
                  gain,
                  rankNow,
                  ranks(after, full, unit)));
        }
      }
      opportunities.sort(
          Opportunity.ACTIONABLE_FIRST
              .thenComparing(Opportunity::criterionId, CriterionIds.ORDER)
              .thenComparing(Opportunity::kind));
      out.add(new UnitOpportunities(unit, now.frameworkId(), now.periodId(), opportunities));
    }
    return out;
  }

  /** x_best of a cohort criterion over every unit's counted inputs, else null. */
  private static BigDecimal best(Dataset d, Criterion c) {
    if (!(c.method() instanceof Method.Cohort)) {
      return null;
    }
    return d.submissions().stream()
        .map(
            s ->
                RatioInputs.effective(
                        c,
                        s.answer(c.id()).orElse(null),
                        d.reviews().stream()
                            .filter(r -> r.unit().equals(s.unit()))
                            .findFirst()
                            .orElse(null))
                    .flatMap(in -> RatioInputs.value(c, in)))
        .flatMap(x -> x.stream())
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static Submission submission(Dataset d, String unit) {
    return d.submissions().stream().filter(s -> s.unit().equals(unit)).findFirst().orElseThrow();
  }

  /**
   * The six communes with corrections: inputs (also of cohort criteria), points, không phát sinh.
   */
  private static Dataset reviewed(Framework f) {
    List<Submission> six = WhatIfFixture.six();
    List<Review> reviews =
        List.of(
            TestData.review(
                six.get(0),
                TestData.inputsCorrection("7", in("a", num("1"), "b", num("4"))),
                TestData.pointsCorrection("4", "2")),
            TestData.review(six.get(1), TestData.inputsCorrection("2", in("a", num("16")))),
            TestData.review(six.get(2), TestData.naCorrection("3", true)),
            TestData.review(
                six.get(5), TestData.inputsCorrection("8", in("a", num("1"), "b", num("10")))));
    return WhatIfFixture.dataset(f, six, reviews);
  }

  /**
   * {@code n} communes in four districts with random answers: many ties, cohort values whose
   * rounded-up steps pass x_best, some không phát sinh, a few reviews.
   */
  static Dataset random(Framework f, int n, long seed) {
    Random r = new Random(seed);
    List<Unit> units = new ArrayList<>();
    units.add(TestData.unit("t", "Tỉnh Mẫu", "tinh", null));
    for (int h = 1; h <= 4; h++) {
      units.add(TestData.unit("h" + h, "Huyện " + h, "huyen", "t"));
    }
    List<Submission> subs = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    String[] choices = {"chair", "vice", "none"};
    for (int i = 1; i <= n; i++) {
      String id = String.format("x%02d", i);
      units.add(
          TestData.unit(id, "Xã " + (char) ('A' + r.nextInt(6)) + i, "xa", "h" + (1 + i % 4)));
      Submission s =
          WhatIfFixture.unit(
              id,
              r.nextBoolean(),
              frac(r, 20),
              frac(r, 100),
              frac(r, 10),
              Integer.toString(r.nextInt(15)),
              choices[r.nextInt(3)],
              below(r, 3 + r.nextInt(9)),
              below(r, 3 + r.nextInt(9)),
              r.nextInt(5) == 0 ? null : Integer.toString(r.nextInt(6)));
      subs.add(s);
      if (r.nextInt(8) == 0) {
        reviews.add(
            TestData.review(
                s, TestData.inputsCorrection("8", in("a", num("1"), "b", num("" + (2 + i % 7))))));
      }
    }
    return new Dataset(TestData.registry(units.toArray(Unit[]::new)), List.of(f), subs, reviews);
  }

  /** Strictly between 0 and 1, so that x_best is below 1 and a step rounded up can pass it. */
  private static String below(Random r, int b) {
    return (1 + r.nextInt(b - 1)) + "/" + b;
  }

  private static String frac(Random r, int b) {
    return r.nextInt(b + 1) + "/" + b;
  }
}
