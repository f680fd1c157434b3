package org.opendti;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.Severity;

/**
 * The self-assessed scores of cohort criteria ({@code 003_…} 4.6, 8.4, 8.5: scored against the best
 * and lowest value of every unit of the framework and period), which {@link ChangedFilesCheck}
 * cannot compare without reading the whole cohort: one INFO diagnostic each, saying so.
 */
final class CohortSelfScores {

  private CohortSelfScores() {}

  /** The key of a diagnostic about a criterion's self-score: file and JSON pointer. */
  static String key(String file, String pointer) {
    return file + "\n" + pointer;
  }

  /** An INFO per self-assessed cohort criterion of {@code scores}, by {@link #key}. */
  static Map<String, Diagnostic> notCompared(
      Dataset data, List<UnitScore> scores, SourceIndex sources) {
    Map<String, Diagnostic> found = new TreeMap<>();
    for (UnitScore unit : scores) {
      Optional<Framework> framework = data.framework(unit.frameworkId());
      if (framework.isEmpty()) {
        continue;
      }
      for (CriterionScore c : unit.criteria()) {
        Optional<Criterion> criterion = framework.get().criterion(c.criterionId());
        if (c.selfAssessed() == null
            || criterion.isEmpty()
            || !(criterion.get().method() instanceof Method.Cohort)) {
          continue;
        }
        String pointer = "/answers/" + SourceIndex.escape(c.criterionId()) + "/selfScore";
        SourceLocation at = sources.locate(unit.submissionFile(), pointer);
        found.put(
            key(unit.submissionFile(), pointer),
            new Diagnostic(
                Severity.INFO,
                "self-score-not-compared",
                unit.submissionFile(),
                at.line(),
                at.column(),
                pointer,
                "criterion "
                    + c.criterionId()
                    + " ("
                    + criterion.get().name()
                    + "): the self-assessed "
                    + c.selfAssessed().toPlainString()
                    + " point(s) are not compared, because the criterion is scored against every"
                    + " unit of "
                    + unit.frameworkId()
                    + " period "
                    + unit.periodId()
                    + " and only the changed files were read",
                "the full check of every file compares it"));
      }
    }
    return found;
  }
}
