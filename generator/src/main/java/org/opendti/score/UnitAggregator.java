package org.opendti.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opendti.model.Aggregation;
import org.opendti.model.Classification;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.PrioritySector;
import org.opendti.model.Shared;
import org.opendti.model.Submission;

/**
 * Sums criterion points into a {@link UnitScore} following {@code 004_…} Điều 5–6: pillars, A, C, D
 * = A × B / C when not-applicable criteria were left out, X = (D + E) × B / (B + F) for a priority
 * sector, then bonus points ({@code 000_…}) per the framework's policy.
 */
final class UnitAggregator {

  private UnitAggregator() {}

  static UnitScore aggregate(
      Framework framework,
      List<Criterion> base,
      Submission submission,
      List<CriterionScore> scores,
      Optional<PrioritySector> sector,
      boolean sample,
      Shared pool) {
    Map<String, CriterionScore> byId = new java.util.HashMap<>();
    for (CriterionScore s : scores) {
      byId.putIfAbsent(s.criterionId(), s);
    }
    List<PillarScore> pillars = new ArrayList<>();
    for (Group pillar : framework.pillars()) {
      pillars.add(pillar(pillar, byId).shared(pool));
    }
    BigDecimal a = sum(pillars, PillarScore::points);
    BigDecimal c = sum(pillars, PillarScore::max);
    BigDecimal b = framework.totalPoints();
    boolean leftOut =
        base.stream()
            .anyMatch(
                k ->
                    !k.bonus()
                        && byId.get(k.id()) != null
                        && byId.get(k.id()).status() == CriterionScore.Status.NOT_APPLICABLE);
    BigDecimal d = rescaled(framework.aggregation(), a, b, c, leftOut);

    BigDecimal e = null;
    BigDecimal f = null;
    BigDecimal x = d;
    if (sector.isPresent()) {
      e =
          sector.get().criteria().stream()
              .map(k -> byId.get(k.id()))
              .filter(s -> s != null)
              .map(CriterionScore::points)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      f = sectorMax(sector.get());
      BigDecimal scale = b.add(f);
      x = scale.signum() == 0 ? d : Points.round(Points.div(d.add(e).multiply(b), scale));
    }
    BigDecimal bonus =
        countedBonus(framework.aggregation().bonus(), sum(pillars, PillarScore::bonus), x, b);
    BigDecimal total = Points.round(x.add(bonus));
    return new UnitScore(
        submission.unit(),
        framework.id(),
        submission.period(),
        submission.file(),
        scores,
        pillars,
        a,
        c,
        d,
        submission.prioritySector(),
        e,
        f,
        bonus,
        total,
        classify(framework.aggregation().classification(), total, b),
        sample);
  }

  private static PillarScore pillar(Group pillar, Map<String, CriterionScore> byId) {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    for (Criterion k : (Iterable<Criterion>) pillar.allCriteria()::iterator) {
      CriterionScore s = byId.get(k.id());
      BigDecimal p = s == null ? BigDecimal.ZERO : s.points();
      if (k.bonus()) {
        bonus = bonus.add(p);
      } else {
        points = points.add(p);
        if (s == null || s.status() != CriterionScore.Status.NOT_APPLICABLE) {
          max = max.add(k.maxPoints());
        }
      }
    }
    return new PillarScore(pillar.id(), points, max, bonus);
  }

  /**
   * D = A × B / C, 2 decimals half-up; D = A when nothing was left out or C = B; 0 when C = 0
   * ({@code 004_…} Điều 6).
   */
  static BigDecimal rescaled(
      Aggregation aggregation, BigDecimal a, BigDecimal b, BigDecimal c, boolean leftOut) {
    if (!aggregation.rescaleNotApplicable() || !leftOut || c.compareTo(b) == 0) {
      return Points.round(a);
    }
    if (c.signum() == 0) {
      return Points.round(BigDecimal.ZERO);
    }
    return Points.round(Points.div(a.multiply(b), c));
  }

  /** F as the framework declares it, or the sum of the sector's criteria when it declares none. */
  private static BigDecimal sectorMax(PrioritySector sector) {
    if (sector.points() != null) {
      return sector.points();
    }
    return sector.criteria().stream()
        .filter(k -> !k.bonus())
        .map(Criterion::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Bonus as counted: all of it, up to the room left below B, or none. */
  static BigDecimal countedBonus(
      Aggregation.BonusPolicy policy, BigDecimal bonus, BigDecimal x, BigDecimal b) {
    return switch (policy == null ? Aggregation.BonusPolicy.ADD : policy) {
      case ADD -> Points.round(bonus);
      case ADD_CAPPED -> Points.round(bonus.min(b.subtract(x).max(BigDecimal.ZERO)));
      case IGNORE -> Points.round(BigDecimal.ZERO);
    };
  }

  /** The highest band with total / B ≥ minShare; null when none applies or B = 0. */
  static Classification classify(List<Classification> bands, BigDecimal total, BigDecimal b) {
    if (b.signum() <= 0) {
      return null;
    }
    BigDecimal share = Points.div(total, b);
    return bands.stream()
        .sorted(Comparator.comparing(Classification::minShare).reversed())
        .filter(k -> share.compareTo(k.minShare()) >= 0)
        .findFirst()
        .orElse(null);
  }

  private static BigDecimal sum(List<PillarScore> pillars, Function<PillarScore, BigDecimal> f) {
    return pillars.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
