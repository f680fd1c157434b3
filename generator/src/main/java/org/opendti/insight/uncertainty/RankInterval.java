package org.opendti.insight.uncertainty;

import java.util.Objects;

/**
 * One unit's rank in one ranking table with the range it takes over the analysis' draws: "3 (2–5)".
 *
 * @param rank the published rank (equal totals share it)
 * @param low the best rank the unit plausibly holds: the 5th percentile of its ranks over the
 *     draws, or the published rank when that is better
 * @param high the worst: the 95th percentile, or the published rank when that is worse
 * @param overlapsNext whether this interval and the next entry's in the table (the unit ranked just
 *     below) share a rank, so that this unit is not clearly ahead of it; false for the last entry
 */
public record RankInterval(String unitId, int rank, int low, int high, boolean overlapsNext) {

  public RankInterval {
    Objects.requireNonNull(unitId, "unitId");
    if (low < 1 || low > rank || rank > high) {
      throw new IllegalArgumentException(
          "need 1 <= low <= rank <= high, got " + low + ", " + rank + ", " + high);
    }
  }

  /** Whether every draw gave the published rank: nothing the analysis varies moves this unit. */
  public boolean collapsed() {
    return low == high;
  }

  /** Whether two intervals share a rank. */
  public boolean overlaps(RankInterval other) {
    return Math.max(low, other.low) <= Math.min(high, other.high);
  }
}
