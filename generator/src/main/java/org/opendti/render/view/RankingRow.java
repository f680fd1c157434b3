package org.opendti.render.view;

import java.util.List;

/**
 * One line of a ranking table.
 *
 * @param rank shared by equal totals
 * @param unit the unit's name linking to its scorecard
 * @param pillars points per pillar, formatted, in pillar order
 * @param change rank change since the previous period, signed ("+2", "−1", "0"); "" when new
 * @param changeKind "up", "down", "same" or "new"
 * @param previousRank formatted rank in the previous period; "" when new
 * @param changeText the change in words, for screen readers ("up 2 places, rank 4 in 2023")
 * @param parent the unit's parent (its district, for a commune), by name; "" when the table does
 *     not show it
 * @param rankInterval the rank interval, "2–5", or "" when it is the rank itself or was not
 *     computed (issue #18, {@code org.opendti.insight.uncertainty})
 * @param notClearlyBehind whether the interval of the unit just above overlaps this one: that unit
 *     is not clearly ahead, and the row is marked so
 */
public record RankingRow(
    String rank,
    String rankSort,
    Link unit,
    String total,
    String totalSort,
    List<String> pillars,
    String change,
    String changeKind,
    String previousRank,
    String changeText,
    String parent,
    boolean sample,
    String rankInterval,
    boolean notClearlyBehind) {
  public RankingRow {
    pillars = List.copyOf(pillars);
  }
}
