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
 * @param answers criterion id → each submission's (first) answer to it, or null, in the order of
 *     {@code submissions}: the checks go through the cohort one criterion at a time, which {@link
 *     Submission#answer}, a scan, made quadratic and a lookup per unit made slow
 */
record Cohort(
    Framework framework,
    String periodId,
    List<Submission> submissions,
    Map<String, UnitScore> scores,
    Map<String, Answer[]> answers) {

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

  private static Map<String, Answer[]> index(List<Submission> submissions) {
    Map<String, Answer[]> out = new HashMap<>();
    for (int i = 0; i < submissions.size(); i++) {
      for (Answer a : submissions.get(i).answers()) {
        Answer[] all = out.computeIfAbsent(a.criterion(), k -> new Answer[submissions.size()]);
        if (all[i] == null) {
          all[i] = a;
        }
      }
    }
    return out;
  }

  /** Each submission's answer to the criterion, or null, in the order of {@link #submissions}. */
  Answer[] answers(String criterionId) {
    Answer[] all = answers.get(criterionId);
    return all != null ? all : new Answer[submissions.size()];
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
