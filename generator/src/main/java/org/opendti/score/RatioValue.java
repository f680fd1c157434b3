package org.opendti.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Value;

/**
 * The value of a ratio or cohort method: r = Σ numerator / Σ denominator ({@code 003_…} 6.2 sums
 * several ids), or, with no denominator, a single percent input / 100 ({@code 002_…} 8: 99,80%) or
 * a plain number.
 *
 * @param value r; null when the denominator is zero
 * @param percent whether the value is a share written as a percentage (no denominator)
 */
record RatioValue(
    BigDecimal value, List<BigDecimal> numerator, List<BigDecimal> denominator, boolean percent) {

  /**
   * Reads the value; empty when an input is missing.
   *
   * @param singleIsPercent whether a value without denominator is always a percentage (ratio
   *     methods) or only when its input is of kind percent (cohort methods)
   */
  static Optional<RatioValue> read(
      List<String> num,
      List<String> den,
      Criterion criterion,
      Map<String, Value> in,
      boolean singleIsPercent) {
    Optional<List<BigDecimal>> n = Inputs.nums(in, num);
    Optional<List<BigDecimal>> d = Inputs.nums(in, den);
    if (n.isEmpty() || d.isEmpty() || num.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal top = Inputs.sum(n.get());
    if (den.isEmpty()) {
      boolean percent =
          singleIsPercent
              || num.stream()
                  .allMatch(
                      id ->
                          criterion
                              .input(id)
                              .map(i -> i.kind() == InputKind.PERCENT)
                              .orElse(false));
      BigDecimal value = percent ? Points.div(top, Points.HUNDRED) : top;
      return Optional.of(new RatioValue(value, n.get(), List.of(), percent));
    }
    BigDecimal bottom = Inputs.sum(d.get());
    BigDecimal value = bottom.signum() == 0 ? null : Points.div(top, bottom);
    return Optional.of(new RatioValue(value, n.get(), d.get(), false));
  }

  /** Whether this is a fraction (a ratio or a percentage) rather than a plain number. */
  boolean isShare() {
    return percent || !denominator.isEmpty();
  }

  /** Writes "a / b", "(c + d) / (a + b)", "99.8%" or "12". */
  FormulaBuilder appendTo(FormulaBuilder f) {
    f.sum(numerator);
    if (percent) {
      return f.text("%");
    }
    if (!denominator.isEmpty()) {
      f.text(" / ").sum(denominator);
    }
    return f;
  }
}
