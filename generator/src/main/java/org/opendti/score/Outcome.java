package org.opendti.score;

import java.math.BigDecimal;

/**
 * The points a method gives and how.
 *
 * @param points capped to [0, max], rounded to 2 decimals half-up
 */
record Outcome(BigDecimal points, Formula formula) {

  /** Finishes {@code f} with the raw value, capped to [0, max] then rounded. */
  static Outcome of(FormulaBuilder f, BigDecimal raw, BigDecimal max) {
    BigDecimal counted = Points.round(Points.clamp(Points.round(raw), max));
    return new Outcome(counted, f.result(raw, counted).build());
  }

  /** Fixed points (already decided by a rule), capped and rounded, after the text in {@code f}. */
  static Outcome fixed(FormulaBuilder f, BigDecimal points, BigDecimal max) {
    BigDecimal counted = Points.round(Points.clamp(points, max));
    return new Outcome(counted, f.num(counted).build());
  }
}
