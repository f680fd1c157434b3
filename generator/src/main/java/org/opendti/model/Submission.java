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

  public Optional<Answer> answer(String criterionId) {
    return answers.stream().filter(a -> a.criterion().equals(criterionId)).findFirst();
  }
}
