package org.opendti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;
import org.opendti.score.CriterionScore;
import org.opendti.score.UnitScore;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.Severity;
import org.opendti.validate.ValidationReport;

/**
 * Warns where a unit's self-assessed points (điểm tự chấm) differ from what its own inputs give by
 * the framework's method, showing both numbers: seed {@code 002_…} item 12 writes 6 points where
 * its formula gives 75.7% × 6 = 4.54. Both figures stay on record; only the computed (or reviewed)
 * one counts.
 */
final class SelfScoreCheck {

  private SelfScoreCheck() {}

  static ValidationReport compare(Dataset data, List<UnitScore> scores, SourceIndex sources) {
    List<Diagnostic> found = new ArrayList<>();
    for (UnitScore unit : scores) {
      for (CriterionScore c : unit.criteria()) {
        BigDecimal self = c.selfAssessed();
        BigDecimal computed = c.computed();
        if (self == null || computed == null || self.compareTo(computed) == 0) {
          continue;
        }
        String pointer = "/answers/" + SourceIndex.escape(c.criterionId()) + "/selfScore";
        SourceLocation at = sources.locate(unit.submissionFile(), pointer);
        String name =
            data.framework(unit.frameworkId())
                .flatMap(f -> f.criterion(c.criterionId()))
                .map(x -> " (" + x.name() + ")")
                .orElse("");
        found.add(
            new Diagnostic(
                Severity.WARNING,
                "self-score-differs",
                unit.submissionFile(),
                at.line(),
                at.column(),
                pointer,
                "criterion "
                    + c.criterionId()
                    + name
                    + ": self-assessed "
                    + self.toPlainString()
                    + " point(s), but the inputs give "
                    + computed.toPlainString()
                    + " by the method: "
                    + c.formula().plain(),
                "both figures are kept; the computed one counts unless a reviewer corrects it"));
      }
    }
    return new ValidationReport(found);
  }
}
