package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Criterion;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code cohort}: scored against every unit of the same framework and period ({@code 003_…} 4.6,
 * 8.4, 8.5). relativeToBest: x / x_best × max ("the highest ratio gets the maximum"); minMax: (x −
 * x_min) / (x_best − x_min) × max. When x_best ≤ 0 every unit scores 0; for minMax when x_best =
 * x_min &gt; 0 every unit scores max.
 */
final class CohortScoring {

  private CohortScoring() {}

  /** The unit's value x, or empty when an input is missing or the denominator is zero. */
  static Optional<BigDecimal> value(Method.Cohort m, Criterion c, Map<String, Value> in) {
    return RatioValue.read(m.numerator(), m.denominator(), c, in, false).map(RatioValue::value);
  }

  /**
   * relativeToBest "{x} / {best} × {max} = {points}", minMax "({x} − {min}) / ({best} − {min}) ×
   * {max} = {points}"; shares (ratios, percentages) show x_best and x_min as percentages rounded to
   * 2 decimals, while the points use the exact values.
   */
  static Optional<Outcome> score(Method.Cohort m, MethodContext ctx, Map<String, Value> in) {
    BigDecimal max = ctx.criterion().maxPoints();
    Optional<RatioValue> read =
        RatioValue.read(m.numerator(), m.denominator(), ctx.criterion(), in, false);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    RatioValue r = read.get();
    FormulaBuilder f = new FormulaBuilder();
    if (r.value() == null) {
      return Optional.of(Outcome.fixed(r.appendTo(f).text(" → "), BigDecimal.ZERO, max));
    }
    CohortStats stats = ctx.cohort() == null ? CohortStats.EMPTY : ctx.cohort().with(r.value());
    BigDecimal x = r.value();
    BigDecimal best = stats.best();
    BigDecimal min = stats.min();
    if (best.signum() <= 0) {
      f.text("x_best = ");
      shown(f, r, best).text(" ≤ 0 → ");
      return Optional.of(Outcome.fixed(f, BigDecimal.ZERO, max));
    }
    boolean minMax = m.variant() == Method.CohortVariant.MIN_MAX;
    if (minMax && best.compareTo(min) == 0) {
      r.appendTo(f).text(" = x_min = x_best → ");
      return Optional.of(Outcome.fixed(f, max, max));
    }
    if (minMax) {
      f.text("(");
      term(f, r).text(" − ");
      shown(f, r, min).text(") / (");
      shown(f, r, best).text(" − ");
      shown(f, r, min).text(") × ").num(max);
      BigDecimal share = Points.div(x.subtract(min), best.subtract(min));
      return Optional.of(Outcome.of(f, share.multiply(max), max));
    }
    term(f, r).text(" / ");
    shown(f, r, best).text(" × ").num(max);
    return Optional.of(Outcome.of(f, Points.div(x, best).multiply(max), max));
  }

  /** The unit's own value as its inputs: "(a / b)", "75%", "12". */
  private static FormulaBuilder term(FormulaBuilder f, RatioValue r) {
    if (r.denominator().isEmpty()) {
      return r.appendTo(f);
    }
    return r.appendTo(f.text("(")).text(")");
  }

  private static FormulaBuilder shown(FormulaBuilder f, RatioValue r, BigDecimal v) {
    return r.isShare() ? f.num(Points.percentShown(v)).text("%") : f.num(v);
  }
}
