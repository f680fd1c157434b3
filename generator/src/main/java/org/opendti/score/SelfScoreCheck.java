package org.opendti.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Severity;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.model.Criterion;
import org.opendti.model.Method;

/**
 * Warns where a unit's self-assessed points (điểm tự chấm) differ from what its own inputs give by
 * the framework's method, showing both numbers: seed {@code 002_…} item 12 writes 6 points where
 * its formula gives 75.7% × 6 = 4.54. Both figures stay on record; only the computed (or reviewed)
 * one counts.
 *
 * <pre>{@code
 * Diagnostics found = SelfScoreCheck.compare(accepted, scores, sources, true);
 * }</pre>
 */
public final class SelfScoreCheck {

  private SelfScoreCheck() {}

  /**
   * @param wholeCohorts whether {@code scores} hold every accepted submission of their framework
   *     and period. A cohort criterion ({@code 003_…} 4.6, 8.4, 8.5) scores a unit against the best
   *     and lowest value of its cohort; without the whole cohort its points are unknown, so its
   *     self-score is not compared and an INFO says so.
   */
  public static Diagnostics compare(
      Dataset data, List<UnitScore> scores, SourceIndex sources, boolean wholeCohorts) {
    List<Diagnostic> found = new ArrayList<>();
    for (UnitScore unit : scores) {
      for (CriterionScore c : unit.criteria()) {
        BigDecimal self = c.selfAssessed();
        if (self == null) {
          continue;
        }
        Optional<Criterion> criterion =
            data.framework(unit.frameworkId()).flatMap(f -> f.criterion(c.criterionId()));
        String pointer = "/answers/" + SourceIndex.escape(c.criterionId()) + "/selfScore";
        if (!wholeCohorts
            && criterion.isPresent()
            && criterion.get().method() instanceof Method.Cohort) {
          found.add(notCompared(unit, c, criterion.get(), pointer, sources));
        } else if (c.computed() != null && self.compareTo(c.computed()) != 0) {
          found.add(differs(unit, c, criterion, pointer, sources));
        }
      }
    }
    return new Diagnostics(found);
  }

  private static Diagnostic differs(
      UnitScore unit,
      CriterionScore c,
      Optional<Criterion> criterion,
      String pointer,
      SourceIndex sources) {
    SourceLocation at = sources.locate(unit.submissionFile(), pointer);
    String name = criterion.map(x -> " (" + x.name() + ")").orElse("");
    return Diagnostic.of(
        Severity.WARNING,
        Code.SELF_SCORE_DIFFERS,
        unit.submissionFile(),
        at.line(),
        at.column(),
        pointer,
        c.criterionId(),
        name,
        c.selfAssessed(),
        c.computed(),
        c.formula());
  }

  private static Diagnostic notCompared(
      UnitScore unit, CriterionScore c, Criterion criterion, String pointer, SourceIndex sources) {
    SourceLocation at = sources.locate(unit.submissionFile(), pointer);
    return Diagnostic.of(
        Severity.INFO,
        Code.SELF_SCORE_NOT_COMPARED,
        unit.submissionFile(),
        at.line(),
        at.column(),
        pointer,
        c.criterionId(),
        criterion.name(),
        c.selfAssessed(),
        unit.frameworkId(),
        unit.periodId());
  }
}
