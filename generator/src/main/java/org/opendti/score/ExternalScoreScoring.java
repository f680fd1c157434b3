package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/** {@code externalScore}: x × max / scale, e.g. the portal quality score ({@code 000_…} VI.20). */
final class ExternalScoreScoring {

  private ExternalScoreScoring() {}

  /** "{x} / {scale} × {max} = {points}"; a zero scale scores 0. */
  static Optional<Outcome> score(Method.ExternalScore m, BigDecimal max, Map<String, Value> in) {
    return Inputs.num(in, m.input())
        .map(
            x -> {
              if (m.scale() == null || m.scale().signum() <= 0) {
                return Outcome.fixed(new FormulaBuilder().num(x).text(" → "), BigDecimal.ZERO, max);
              }
              FormulaBuilder f = new FormulaBuilder().num(x).text(" / ").num(m.scale());
              f.text(" × ").num(max);
              return Outcome.of(f, Points.div(x.multiply(max), m.scale()), max);
            });
  }
}
