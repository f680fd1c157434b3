package org.opendti.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * A cohort's ranking tables, indexed once for what-if: each unit's tables and rank now, and each
 * table's totals sorted, so the rank a new total would hold is a binary search. The rank follows
 * {@link org.opendti.rank.Ranker}'s rule: 1 + the others whose total (2 decimals) is higher.
 */
final class Standings {

  /** A table the unit is in, with its own total there (2 decimals). */
  private record Slot(String groupId, int table, BigDecimal own) {}

  private final List<List<RankEntry>> tables = new ArrayList<>();

  /** Per table: the shown totals, ascending. */
  private final List<BigDecimal[]> sorted = new ArrayList<>();

  private final Map<String, List<Slot>> slots = new HashMap<>();
  private final Map<String, Map<String, Integer>> ranks = new HashMap<>();

  Standings(List<Ranking> rankings) {
    for (Ranking t : rankings) {
      int index = tables.size();
      tables.add(t.entries());
      BigDecimal[] totals = new BigDecimal[t.entries().size()];
      for (int i = 0; i < totals.length; i++) {
        RankEntry e = t.entries().get(i);
        totals[i] = shown(e.total());
        slots
            .computeIfAbsent(e.unitId(), k -> new ArrayList<>())
            .add(new Slot(t.group().id(), index, totals[i]));
        ranks.computeIfAbsent(e.unitId(), k -> new LinkedHashMap<>()).put(t.group().id(), e.rank());
      }
      Arrays.sort(totals);
      sorted.add(totals);
    }
  }

  /** Group id → the unit's rank now. */
  Map<String, Integer> now(String unitId) {
    return ranks.getOrDefault(unitId, Map.of());
  }

  /** Group id → the rank {@code total} would hold, every other unit keeping its total. */
  Map<String, Integer> placed(String unitId, BigDecimal total) {
    BigDecimal mine = shown(total);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Slot s : slots.getOrDefault(unitId, List.of())) {
      BigDecimal[] totals = sorted.get(s.table());
      int above = totals.length - firstAbove(totals, mine);
      if (s.own().compareTo(mine) > 0) {
        above--; // the unit's current total is in the table: it is not above itself
      }
      out.put(s.groupId(), above + 1);
    }
    return out;
  }

  /**
   * Group id → the rank {@code total} would hold when some other units' totals change too.
   *
   * @param changed new totals of other units, by unit id; those absent keep their total
   */
  Map<String, Integer> placed(
      String unitId, BigDecimal total, Function<String, BigDecimal> changed) {
    BigDecimal mine = shown(total);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Slot s : slots.getOrDefault(unitId, List.of())) {
      int above = 0;
      for (RankEntry e : tables.get(s.table())) {
        if (e.unitId().equals(unitId)) {
          continue;
        }
        BigDecimal other = changed.apply(e.unitId());
        if ((other == null ? e.total() : shown(other)).compareTo(mine) > 0) {
          above++;
        }
      }
      out.put(s.groupId(), above + 1);
    }
    return out;
  }

  /** The index of the first total strictly above {@code v} (the length when none is). */
  private static int firstAbove(BigDecimal[] totals, BigDecimal v) {
    int lo = 0;
    int hi = totals.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (totals[mid].compareTo(v) > 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  static BigDecimal shown(BigDecimal total) {
    return (total == null ? BigDecimal.ZERO : total).setScale(2, RoundingMode.HALF_UP);
  }
}
