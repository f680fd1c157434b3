package org.opendti.score;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Method;
import org.opendti.model.Value;

/**
 * {@code bands}: the first band [min, below) containing the value gives a fraction of the maximum
 * or fixed points (count bands {@code 000_…} I.1.1; money bands {@code 001_…} III.14). A value in
 * no band (the seeds leave gaps) scores 0.
 */
final class BandsScoring {

  private BandsScoring() {}

  /** "{x} ∈ [{min}, {below}) → {fraction} × {max} = {points}" or "… → {points}". */
  static Optional<Outcome> score(Method.Bands m, BigDecimal max, Map<String, Value> in) {
    return Inputs.num(in, m.input()).map(x -> score(m, x, max));
  }

  private static Outcome score(Method.Bands m, BigDecimal x, BigDecimal max) {
    FormulaBuilder f = new FormulaBuilder().num(x);
    for (Method.Band band : m.bands()) {
      boolean aboveMin = band.min() == null || x.compareTo(band.min()) >= 0;
      boolean belowTop = band.below() == null || x.compareTo(band.below()) < 0;
      if (aboveMin && belowTop) {
        describe(f, band);
        if (band.fraction() != null) {
          f.num(band.fraction()).text(" × ").num(max);
          return Outcome.of(f, band.fraction().multiply(max), max);
        }
        BigDecimal points = band.points() == null ? BigDecimal.ZERO : band.points();
        return Outcome.fixed(f, points, max);
      }
    }
    return Outcome.fixed(
        f.text(" ∉ ").word(FormulaWord.ANY_BAND).text(" → "), BigDecimal.ZERO, max);
  }

  private static void describe(FormulaBuilder f, Method.Band band) {
    if (band.min() != null && band.below() != null) {
      f.text(" ∈ [").num(band.min()).text(", ").num(band.below()).text(") → ");
    } else if (band.min() != null) {
      f.text(" ≥ ").num(band.min()).text(" → ");
    } else if (band.below() != null) {
      f.text(" < ").num(band.below()).text(" → ");
    } else {
      f.text(" → ");
    }
  }
}
