package org.opendti.insight;

import java.util.List;
import java.util.Map;
import org.opendti.model.Framework;
import org.opendti.model.Submission;
import org.opendti.score.UnitScore;

/**
 * Every submission of one framework and period, with their scores by unit id.
 *
 * @param submissions sorted by unit id
 */
record Cohort(
    Framework framework,
    String periodId,
    List<Submission> submissions,
    Map<String, UnitScore> scores) {

  Cohort {
    submissions = List.copyOf(submissions);
    scores = Map.copyOf(scores);
  }

  Flag flag(
      String code,
      String unitId,
      String criterionId,
      String message,
      Map<String, java.math.BigDecimal> numbers,
      int weight) {
    return new Flag(code, unitId, framework.id(), periodId, criterionId, message, numbers, weight);
  }
}
