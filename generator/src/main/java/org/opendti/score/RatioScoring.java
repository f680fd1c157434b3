package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code ratio}: plain min(r, 1) × max ({@code 003_…} 3.1; {@code 001_…} "Tối đa &lt;= 1 điểm"),
 * against a target T ({@code 003_…} 4.7, 6.3, 7.1, 7.7), with a floor F ({@code 003_…} 6.5), and
 * zero denominators meaning max or zero ({@code 001_…} part 3 IV.3).
 */
final class RatioScoring {

  private RatioScoring() {}

  static Optional<Outcome> score(Method.Ratio m, MethodContext ctx, Map<String, Value> in) {
    BigDecimal max = ctx.criterion().maxPoints();
    return RatioValue.read(m.numerator(), m.denominator(), ctx.criterion(), in, true)
        .map(r -> score(m, r, max));
  }

  private static Outcome score(Method.Ratio m, RatioValue r, BigDecimal max) {
    FormulaBuilder f = r.appendTo(new FormulaBuilder());
    if (r.value() == null) {
      // "{0} / 0 → {1}": 001_… part 3 IV.3 gives full points when there was nothing to handle.
      boolean full = m.onZeroDenominator() == Method.ZeroDenominator.MAX;
      return Outcome.fixed(f.text(" → "), full ? max : BigDecimal.ZERO, max);
    }
    if (m.target() != null && m.target().signum() > 0) {
      return target(r, m.target(), max);
    }
    if (m.floor() != null) {
      return floor(f, r.value(), m.floor(), max);
    }
    if (r.value().compareTo(BigDecimal.ONE) > 0) {
      f = r.appendTo(new FormulaBuilder().text("min(")).text(", 1)");
      return Outcome.of(f.text(" × ").num(max), max, max);
    }
    return Outcome.of(f.text(" × ").num(max), r.value().multiply(max), max);
  }

  /** "min({r} / {T}%, 1) × {max} = {points}". */
  private static Outcome target(RatioValue r, BigDecimal target, BigDecimal max) {
    FormulaBuilder f = r.appendTo(new FormulaBuilder().text("min("));
    f.text(" / ").num(Points.percent(target)).text("%, 1) × ").num(max);
    BigDecimal share = Points.div(r.value(), target).min(BigDecimal.ONE);
    return Outcome.of(f, share.multiply(max), max);
  }

  /** "{r} ≥ 100% → {max}", "{r} × {max} = {points}" or "{r} &lt; {F}% → 0". */
  private static Outcome floor(FormulaBuilder f, BigDecimal r, BigDecimal floor, BigDecimal max) {
    if (r.compareTo(BigDecimal.ONE) >= 0) {
      return Outcome.fixed(f.text(" ≥ 100% → "), max, max);
    }
    if (r.compareTo(floor) < 0) {
      f.text(" < ").num(Points.percent(floor)).text("% → ");
      return Outcome.fixed(f, BigDecimal.ZERO, max);
    }
    return Outcome.of(f.text(" × ").num(max), r.multiply(max), max);
  }
}
