package org.opendti.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.model.Answer;
import org.opendti.model.Framework;
import org.opendti.model.Submission;
import org.opendti.score.UnitScore;

/**
 * Every submission of one framework and period, with their scores by unit id.
 *
 * @param submissions sorted by unit id, one per unit
 * @param answers unit id → criterion id → the unit's (first) answer: looked up once per unit and
 *     criterion by several checks, which a scan of the answers made quadratic
 */
record Cohort(
    Framework framework,
    String periodId,
    List<Submission> submissions,
    Map<String, UnitScore> scores,
    Map<String, Map<String, Answer>> answers) {

  Cohort {
    submissions = List.copyOf(submissions);
    scores = Map.copyOf(scores);
  }

  Cohort(
      Framework framework,
      String periodId,
      List<Submission> submissions,
      Map<String, UnitScore> scores) {
    this(framework, periodId, submissions, scores, index(submissions));
  }

  private static Map<String, Map<String, Answer>> index(List<Submission> submissions) {
    Map<String, Map<String, Answer>> out = new HashMap<>();
    for (Submission s : submissions) {
      Map<String, Answer> byId = out.computeIfAbsent(s.unit(), k -> new HashMap<>());
      s.answers().forEach(a -> byId.putIfAbsent(a.criterion(), a));
    }
    return out;
  }

  /** The submission's answer to the criterion, or null: {@link Submission#answer}, indexed. */
  Answer answer(Submission s, String criterionId) {
    return answers.getOrDefault(s.unit(), Map.of()).get(criterionId);
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
