package org.opendti.pullrequest;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one unit's scorecard for a framework and period changes. A side is null when the submission
 * is not scored there (new, deleted, or rejected by validation).
 *
 * <p>Example: {@code UnitEffect[frameworkId=f, periodId=2023, unitId=a, before=61.50, after=63.50,
 * pillars=[PillarChange[pillarId=1, before=20.00, after=22.00]]]}.
 */
public record UnitEffect(
    String frameworkId,
    String periodId,
    String unitId,
    BigDecimal before,
    BigDecimal after,
    List<PillarChange> pillars) {

  public UnitEffect {
    pillars = List.copyOf(pillars);
  }

  /** {@code after - before}, or null when a side is missing. */
  public BigDecimal delta() {
    return before == null || after == null ? null : after.subtract(before);
  }

  /** One pillar's points before and after (null when absent on that side). */
  public record PillarChange(String pillarId, BigDecimal before, BigDecimal after) {}
}
