package org.opendti.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * How a table's units moved since the same table of the previous period, counted among the units in
 * both tables. When seven communes left a table (merged, or not submitted), every commune below
 * them "rose" by the raw ranks without passing anyone; counted among the units in both, a unit
 * moves only by passing, or being passed by, another unit that was there both times. A unit new to
 * the table has no move.
 *
 * @param moves unit id → places gained (negative: lost) among the units in both tables
 * @param common how many units are in both tables
 * @param left the units of the previous table not in this one, in their previous rank order
 * @param joined how many units of this table were not in the previous one
 */
record RankMoves(Map<String, Integer> moves, int common, List<String> left, int joined) {

  RankMoves {
    moves = Collections.unmodifiableMap(moves);
    left = List.copyOf(left);
  }

  /** Whether the two tables hold different units, so that raw ranks and moves differ. */
  boolean membershipChanged() {
    return !left.isEmpty() || joined > 0;
  }

  /** The unit's move, empty when it is new to the table. */
  Optional<Integer> of(String unitId) {
    return Optional.ofNullable(moves.get(unitId));
  }

  /**
   * The moves of {@code now} since {@code before}, computed once per table for every page and
   * language that shows them (a 9,900-unit table has 50 pages in two languages).
   */
  static RankMoves of(SiteIndex index, Ranking now, Ranking before) {
    return index.memo(
        new Key(
            now.frameworkId(),
            now.periodId(),
            before.periodId(),
            now.group().id(),
            now.partitionUnitId()),
        () -> between(now, before));
  }

  /** A table and the period it is compared with, for {@link SiteIndex#memo}. */
  private record Key(
      String framework, String period, String before, String group, String partition) {}

  static RankMoves between(Ranking now, Ranking before) {
    Set<String> inNow = ids(now);
    Set<String> inBefore = ids(before);
    Map<String, Integer> rankNow = ranksAmong(now, inBefore);
    Map<String, Integer> rankBefore = ranksAmong(before, inNow);
    Map<String, Integer> moves = new HashMap<>(rankNow.size() * 2);
    rankNow.forEach((unit, rank) -> moves.put(unit, rankBefore.get(unit) - rank));
    List<String> left = new ArrayList<>();
    for (RankEntry e : before.entries()) {
      if (!inNow.contains(e.unitId())) {
        left.add(e.unitId());
      }
    }
    return new RankMoves(moves, rankNow.size(), left, inNow.size() - rankNow.size());
  }

  private static Set<String> ids(Ranking r) {
    Set<String> out = new HashSet<>(r.entries().size() * 2);
    r.entries().forEach(e -> out.add(e.unitId()));
    return out;
  }

  /**
   * The ranks {@code r} gives the units that are also in {@code other}, counted among those units
   * alone: one more than those ranked strictly above, so that ties stay ties.
   */
  private static Map<String, Integer> ranksAmong(Ranking r, Set<String> other) {
    Map<String, Integer> out = new HashMap<>(other.size() * 2);
    int seen = 0;
    int lastRank = Integer.MIN_VALUE;
    int lastAmong = 0;
    for (RankEntry e : r.entries()) {
      if (!other.contains(e.unitId())) {
        continue;
      }
      int among = e.rank() == lastRank ? lastAmong : seen + 1;
      out.put(e.unitId(), among);
      lastRank = e.rank();
      lastAmong = among;
      seen++;
    }
    return out;
  }
}
