package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code eventDeduction}: max × (1 − Σ count × fraction), not below 0 ({@code 002_…} 6: each late
 * entry costs 20% monthly, 30% quarterly, 60% half-yearly, 100% yearly).
 */
final class EventDeductionScoring {

  private EventDeductionScoring() {}

  /** "{max} × (1 − {n1} × {f1}% − {n2} × {f2}%) = {points}". */
  static Optional<Outcome> score(Method.EventDeduction m, BigDecimal max, Map<String, Value> in) {
    FormulaBuilder f = new FormulaBuilder().num(max).text(" × (1");
    BigDecimal share = BigDecimal.ONE;
    for (Method.EventRate rate : m.events()) {
      Optional<BigDecimal> count = Inputs.num(in, rate.input());
      if (count.isEmpty()) {
        return Optional.empty();
      }
      f.text(" − ").num(count.get()).text(" × ").num(Points.percent(rate.fraction())).text("%");
      share = share.subtract(count.get().multiply(rate.fraction()));
    }
    return Optional.of(Outcome.of(f.text(")"), max.multiply(share), max));
  }
}
