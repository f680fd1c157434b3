package org.opendti.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's self-assessment for one framework and period, from {@code
 * submissions/<framework>/<period>/<unit>.json}.
 *
 * @param file repository-relative path, with forward slashes
 * @param profile unit facts (population, households, officials…), by profile field id
 * @param prioritySector the priority sector the unit leads, or null
 * @param answers in file order
 */
public record Submission(
    String file,
    String unit,
    String framework,
    String period,
    Contact preparer,
    Contact approver,
    Map<String, Value> profile,
    String prioritySector,
    List<Answer> answers) {

  public Submission {
    profile = SortedMaps.copyOf(profile);
    answers = List.copyOf(answers);
  }

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(framework, period, unit);
  }

  /**
   * This submission with {@code fresh} in place of its answer for the same criterion (added last;
   * the other answers keep their order), as a what-if or a test asks "had the unit answered this".
   */
  public Submission withAnswer(Answer fresh) {
    List<Answer> kept = new java.util.ArrayList<>(answers.size() + 1);
    for (Answer a : answers) {
      if (!a.criterion().equals(fresh.criterion())) {
        kept.add(a);
      }
    }
    kept.add(fresh);
    return new Submission(
        file, unit, framework, period, preparer, approver, profile, prioritySector, kept);
  }

  public Optional<Answer> answer(String criterionId) {
    return answers.stream().filter(a -> a.criterion().equals(criterionId)).findFirst();
  }
}
