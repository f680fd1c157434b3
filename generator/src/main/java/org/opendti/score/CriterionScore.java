package org.opendti.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.opendti.model.Shared;

/**
 * One criterion's result for one unit. Computed, self-assessed and reviewed points are kept side by
 * side; only {@link #points()} counts.
 *
 * @param computed points from the unit's own inputs by the framework's method; null when there are
 *     none (not applicable, missing)
 * @param selfAssessed điểm tự chấm as the unit wrote it; null if not given
 * @param reviewed points after a reviewer's correction; null when not corrected
 * @param points what counts: reviewed if present, else computed, else 0; rounded to 2 decimals
 * @param formula how {@code points} came about, with the numbers used
 * @param reviewReason the reviewer's reason, when corrected
 */
public record CriterionScore(
    String criterionId,
    Status status,
    BigDecimal max,
    BigDecimal computed,
    BigDecimal selfAssessed,
    BigDecimal reviewed,
    BigDecimal points,
    Formula formula,
    boolean bonus,
    String reviewReason) {

  /**
   * The score equal to this one in {@code pool}, its numbers and formula shared too: of a
   * 10,000-unit repository's million criterion scores, 180,000 differ (issue #17).
   */
  CriterionScore shared(Shared pool) {
    CriterionScore known = pool.known(this);
    if (known != null) {
      return known;
    }
    return pool.of(
        new CriterionScore(
            criterionId,
            status,
            pool.of(max),
            pool.of(computed),
            pool.of(selfAssessed),
            pool.of(reviewed),
            pool.of(points),
            formula == null ? null : formula.shared(pool),
            bonus,
            reviewReason));
  }

  /**
   * As a record's own equals, written out: the generated one goes through method handles, and the
   * pool ({@link #shared}) calls it about a million times in a 10,000-unit build, mostly before the
   * JIT has compiled them (3 % of a rebuild's CPU in a profile, issue #17).
   */
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof CriterionScore s
            && bonus == s.bonus
            && status == s.status
            && Objects.equals(points, s.points)
            && Objects.equals(criterionId, s.criterionId)
            && Objects.equals(max, s.max)
            && Objects.equals(computed, s.computed)
            && Objects.equals(selfAssessed, s.selfAssessed)
            && Objects.equals(reviewed, s.reviewed)
            && Objects.equals(formula, s.formula)
            && Objects.equals(reviewReason, s.reviewReason);
  }

  /** A record's own hash code, written out for the reason {@link #equals} is. */
  @Override
  public int hashCode() {
    int h = Objects.hashCode(criterionId);
    h = 31 * h + Objects.hashCode(status);
    h = 31 * h + Objects.hashCode(max);
    h = 31 * h + Objects.hashCode(computed);
    h = 31 * h + Objects.hashCode(selfAssessed);
    h = 31 * h + Objects.hashCode(reviewed);
    h = 31 * h + Objects.hashCode(points);
    h = 31 * h + Objects.hashCode(formula);
    h = 31 * h + Boolean.hashCode(bonus);
    return 31 * h + Objects.hashCode(reviewReason);
  }

  /** Whether the criterion counted. */
  public enum Status {
    /** Scored from inputs or a review. */
    SCORED,
    /** Left out (không phát sinh) and the total rescaled. */
    NOT_APPLICABLE,
    /** Not answered: 0 points. */
    MISSING
  }

  /** Self-assessed minus counted points; null when the unit gave no self-score. */
  public BigDecimal selfDifference() {
    return selfAssessed == null ? null : selfAssessed.subtract(points);
  }
}
