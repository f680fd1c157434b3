package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/** {@code assessed}: the points given directly, 0..max, verified by reviewers ({@code 004_…}). */
final class AssessedScoring {

  private AssessedScoring() {}

  /** "{points}", or "{given} → {points}" when capped. */
  static Optional<Outcome> score(Method.Assessed m, BigDecimal max, Map<String, Value> in) {
    return Inputs.num(in, m.input())
        .map(
            given -> {
              BigDecimal counted = Points.round(Points.clamp(given, max));
              FormulaBuilder f = new FormulaBuilder();
              if (given.compareTo(counted) != 0) {
                f.num(given).text(" → ");
              }
              return new Outcome(counted, f.num(counted).build());
            });
  }
}
