package org.opendti.insight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.opendti.model.Aggregation;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.score.CriterionScore;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * A unit's total with one base or bonus criterion's points replaced, from the parts of its {@link
 * UnitScore}: A, C, the rescaling, E and F, the bonus policy ({@code 004_…} Điều 5–6). A private
 * mirror of {@code org.opendti.score.UnitAggregator} (package-private there), so a what-if does not
 * re-score every other criterion of the unit. {@link #exact()} checks the mirror against the
 * scorer's own total; {@link CohortRun} re-scores the slow way where it disagrees.
 *
 * <p>Only the points of a criterion change, never whether it counts: a what-if never makes a
 * criterion "không phát sinh", so C and the rescaling rule stay as they are.
 */
final class Totals {

  private static final MathContext MC = MathContext.DECIMAL64;

  private final UnitScore score;
  private final Aggregation aggregation;
  private final BigDecimal b;
  private final boolean leftOut;
  private final BigDecimal bonusRaw;
  private final Map<String, CriterionScore> byId = new HashMap<>();

  /**
   * @param baseIds ids of the framework's base criteria ({@link Framework#criteria()}), bonus
   *     included: only a non-bonus one left out rescales
   */
  Totals(Framework framework, Set<String> baseIds, UnitScore score) {
    this.score = score;
    this.aggregation = framework.aggregation();
    this.b = framework.totalPoints();
    score.criteria().forEach(c -> byId.putIfAbsent(c.criterionId(), c));
    boolean out = false;
    for (CriterionScore c : byId.values()) {
      if (!c.bonus()
          && c.status() == CriterionScore.Status.NOT_APPLICABLE
          && baseIds.contains(c.criterionId())) {
        out = true;
      }
    }
    this.leftOut = out;
    BigDecimal bonus = BigDecimal.ZERO;
    for (PillarScore p : score.pillars()) {
      bonus = bonus.add(p.bonus());
    }
    this.bonusRaw = bonus;
  }

  UnitScore score() {
    return score;
  }

  /** The criterion's score now, or null. */
  CriterionScore criterion(String criterionId) {
    return byId.get(criterionId);
  }

  /** Whether the mirror gives the scorer's total when nothing changes. */
  boolean exact() {
    BigDecimal mirrored = total(score.assessedPoints(), bonusRaw);
    return score.total() != null && mirrored.compareTo(score.total()) == 0;
  }

  /**
   * The total with criterion {@code c} (a base or bonus criterion of a pillar) at {@code points}.
   */
  BigDecimal with(Criterion c, BigDecimal points) {
    CriterionScore now = byId.get(c.id());
    BigDecimal delta = now == null ? points : points.subtract(now.points());
    if (delta.signum() == 0) {
      return score.total();
    }
    return c.bonus()
        ? total(score.assessedPoints(), bonusRaw.add(delta))
        : total(score.assessedPoints().add(delta), bonusRaw);
  }

  private BigDecimal total(BigDecimal a, BigDecimal bonus) {
    BigDecimal c = score.assessedMax();
    BigDecimal d;
    if (!aggregation.rescaleNotApplicable() || !leftOut || c.compareTo(b) == 0) {
      d = round(a);
    } else if (c.signum() == 0) {
      d = round(BigDecimal.ZERO);
    } else {
      d = round(a.multiply(b).divide(c, MC));
    }
    BigDecimal x = d;
    if (score.sectorMax() != null) {
      BigDecimal scale = b.add(score.sectorMax());
      x =
          scale.signum() == 0
              ? d
              : round(d.add(score.sectorPoints()).multiply(b).divide(scale, MC));
    }
    Aggregation.BonusPolicy policy =
        aggregation.bonus() == null ? Aggregation.BonusPolicy.ADD : aggregation.bonus();
    BigDecimal counted =
        switch (policy) {
          case ADD -> round(bonus);
          case ADD_CAPPED -> round(bonus.min(b.subtract(x).max(BigDecimal.ZERO)));
          case IGNORE -> round(BigDecimal.ZERO);
        };
    return round(x.add(counted));
  }

  private static BigDecimal round(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
