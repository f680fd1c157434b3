package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * Dispatches a criterion's method to its family; empty when an input the method needs is missing.
 */
final class MethodScoring {

  private MethodScoring() {}

  static Optional<Outcome> score(MethodContext ctx, Map<String, Value> in) {
    Method method = ctx.criterion().method();
    BigDecimal max = ctx.criterion().maxPoints();
    if (method instanceof Method.YesNo m) {
      return YesNoScoring.score(m, max, in);
    } else if (method instanceof Method.Ratio m) {
      return RatioScoring.score(m, ctx, in);
    } else if (method instanceof Method.Bands m) {
      return BandsScoring.score(m, max, in);
    } else if (method instanceof Method.Choice m) {
      return ChoiceScoring.score(m, max, in);
    } else if (method instanceof Method.ExternalScore m) {
      return ExternalScoreScoring.score(m, max, in);
    } else if (method instanceof Method.Cohort m) {
      return CohortScoring.score(m, ctx, in);
    } else if (method instanceof Method.Lateness m) {
      return LatenessScoring.score(m, ctx, in);
    } else if (method instanceof Method.EventDeduction m) {
      return EventDeductionScoring.score(m, max, in);
    } else if (method instanceof Method.Assessed m) {
      return AssessedScoring.score(m, max, in);
    }
    return Optional.empty();
  }
}
