package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/** {@code yesNo}: có → max, không → 0 ({@code 000_…} I.1.2; {@code 003_…} 2.1). */
final class YesNoScoring {

  private YesNoScoring() {}

  /** Formula "có → {0}" or "không → {0}". */
  static Optional<Outcome> score(Method.YesNo m, BigDecimal max, Map<String, Value> in) {
    return Inputs.bool(in, m.input())
        .map(
            yes ->
                yes
                    ? Outcome.fixed(
                        new FormulaBuilder().word(FormulaWord.YES).text(" → "), max, max)
                    : Outcome.fixed(
                        new FormulaBuilder().word(FormulaWord.NO).text(" → "),
                        BigDecimal.ZERO,
                        max));
  }
}
