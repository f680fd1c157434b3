package org.opendti.insight;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.model.Value;

/**
 * One way a unit could gain points: reach a criterion's maximum, or its next step (the next band or
 * option, a ratio's floor), with the total and ranks it would then have, everyone else's scores
 * unchanged (cohort criteria re-score the whole cohort).
 *
 * <p>Example: criterion {@code 6.5} (ratio with a 60% floor, max 40), inputs {@code a=50, b=100}
 * score 0; {@link Kind#NEXT_STEP} with inputs {@code {a=60}} gives 24 points; {@link Kind#MAX} with
 * {@code {a=100}} gives 40.
 *
 * @param inputs only the inputs that change, with the values that achieve the step (e.g. numerator
 *     = denominator; the band's lower bound; the best option's id), sorted by id
 * @param label the band's or option's label, or the target share such as "≥ 50%"; may be null
 * @param pointsNow the criterion's points now
 * @param pointsThen the criterion's points after the change
 * @param totalNow the unit's total now
 * @param totalThen the unit's total after the change (rescaling, priority sector, bonus policy)
 * @param gain totalThen − totalNow, always &gt; 0
 * @param rankNow ranking group id → the unit's rank now
 * @param rankThen ranking group id → the rank it would then hold in its table of that group
 */
public record Opportunity(
    String criterionId,
    Kind kind,
    Map<String, Value> inputs,
    String label,
    BigDecimal pointsNow,
    BigDecimal pointsThen,
    BigDecimal totalNow,
    BigDecimal totalThen,
    BigDecimal gain,
    Map<String, Integer> rankNow,
    Map<String, Integer> rankThen) {

  public Opportunity {
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    rankNow = Collections.unmodifiableSortedMap(new TreeMap<>(rankNow));
    rankThen = Collections.unmodifiableSortedMap(new TreeMap<>(rankThen));
  }

  /** Which step. */
  public enum Kind {
    /** The criterion's maximum. */
    MAX,
    /** The next band, option, or a ratio's floor, short of the maximum. */
    NEXT_STEP
  }
}
