package org.opendti.score;

import java.math.BigDecimal;

/**
 * The best (highest) and lowest value of a cohort criterion over every scored submission of the
 * same framework and period ({@code 003_…} 4.6, 8.4, 8.5).
 *
 * @param best x_best; null when no unit has a value
 * @param min x_min; null when no unit has a value
 */
record CohortStats(BigDecimal best, BigDecimal min) {

  static final CohortStats EMPTY = new CohortStats(null, null);

  CohortStats with(BigDecimal x) {
    return new CohortStats(
        best == null || x.compareTo(best) > 0 ? x : best,
        min == null || x.compareTo(min) < 0 ? x : min);
  }
}
