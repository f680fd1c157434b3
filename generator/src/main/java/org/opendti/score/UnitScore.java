package org.opendti.score;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Classification;
import org.opendti.model.SubmissionKey;

/**
 * A unit's scored submission, following {@code 004_…} Điều 6.
 *
 * @param assessedPoints A: points of the assessed base criteria
 * @param assessedMax C: maximum of the assessed base criteria
 * @param rescaled D = A × B / C (B = the framework's total); equals A when nothing was left out
 * @param sectorPoints E, or null when the unit leads no priority sector
 * @param sectorMax F, or null
 * @param bonus bonus points as counted by the framework's bonus policy
 * @param total what is ranked: X = (D + E) × B / (B + F) or D, plus bonus; 2 decimals, half-up
 * @param classification the band the total falls in, or null
 * @param sample whether the unit is fictional sample data
 */
public record UnitScore(
    String unitId,
    String frameworkId,
    String periodId,
    String submissionFile,
    List<CriterionScore> criteria,
    List<PillarScore> pillars,
    BigDecimal assessedPoints,
    BigDecimal assessedMax,
    BigDecimal rescaled,
    String prioritySector,
    BigDecimal sectorPoints,
    BigDecimal sectorMax,
    BigDecimal bonus,
    BigDecimal total,
    Classification classification,
    boolean sample) {

  public UnitScore {
    criteria = List.copyOf(criteria);
    pillars = List.copyOf(pillars);
  }

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(frameworkId, periodId, unitId);
  }

  /**
   * The criterion's score, if the framework has it. A loop, not a stream: pages and data files look
   * every criterion up by id, about 50 lookups in a list of 50 per scorecard, and with a stream per
   * lookup they took 1.8 % of a 10,000-unit publish's CPU (async-profiler, 2026-12-05).
   */
  public Optional<CriterionScore> criterion(String criterionId) {
    for (CriterionScore c : criteria) {
      if (c.criterionId().equals(criterionId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Every criterion's score by id, the first of a repeated id kept as {@link #criterion} finds it:
   * for a page or data file that looks up every criterion of the framework, one map instead of a
   * walk of the list per criterion (about 1,300 comparisons per unit at 50 criteria).
   */
  public Map<String, CriterionScore> criteriaById() {
    Map<String, CriterionScore> byId = new HashMap<>(criteria.size() * 2);
    for (CriterionScore c : criteria) {
      byId.putIfAbsent(c.criterionId(), c);
    }
    return byId;
  }
}
