package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code choice}: the chosen option's fraction of the maximum ({@code 003_…} 1.1: chair → max,
 * vice-chair → ½, none → 0) or fixed points ({@code 002_…} 3: 5 / 4 / 3).
 */
final class ChoiceScoring {

  private ChoiceScoring() {}

  private static Formula.Lead lead(Method.Option o, String separator) {
    return new Formula.Lead(o.id(), o.labelOrId(), o.labelEn(), separator, true);
  }

  /** "{label}: {fraction} × {max} = {points}", "{label} → {points}"; an unknown option → 0. */
  static Optional<Outcome> score(Method.Choice m, BigDecimal max, Map<String, Value> in) {
    return Inputs.text(in, m.input()).map(id -> score(m, id, max));
  }

  private static Outcome score(Method.Choice m, String id, BigDecimal max) {
    Optional<Method.Option> option =
        m.options().stream().filter(o -> o.id().equals(id)).findFirst();
    if (option.isEmpty()) {
      return Outcome.fixed(
          new FormulaBuilder()
              .lead(new Formula.Lead(id, id, null, " ∉ ", false))
              .word(FormulaWord.THE_OPTIONS)
              .text(" → "),
          BigDecimal.ZERO,
          max);
    }
    Method.Option o = option.get();
    if (o.fraction() != null) {
      FormulaBuilder f = new FormulaBuilder().lead(lead(o, ": ")).num(o.fraction());
      return Outcome.of(f.text(" × ").num(max), o.fraction().multiply(max), max);
    }
    BigDecimal points = o.points() == null ? BigDecimal.ZERO : o.points();
    return Outcome.fixed(new FormulaBuilder().lead(lead(o, " → ")), points, max);
  }
}
