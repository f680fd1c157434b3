package org.opendti.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * A cohort's ranking tables, indexed once for what-if: each unit's tables and rank now, and each
 * table's totals sorted, so the rank a new total would hold is a binary search. The rank follows
 * {@link org.opendti.rank.Ranker}'s rule: 1 + the others whose total (2 decimals) is higher.
 *
 * <p>Totals are compared as whole cents ({@link #cents}): a binary search over a {@code long[]}
 * reads one array, where one over {@code BigDecimal}s followed a pointer per comparison (what-if
 * places every step of every unit, twice per unit in a commune's two tables). Ranks come in sorted
 * maps, which {@link Opportunity} copies without comparing.
 */
final class Standings {

  /** A table the unit is in, with its own total there (2 decimals). */
  private record Slot(String groupId, int table, long own) {}

  private final List<List<RankEntry>> tables = new ArrayList<>();

  /** Per table: the shown totals in cents, ascending. */
  private final List<long[]> sorted = new ArrayList<>();

  private final Map<String, List<Slot>> slots = new HashMap<>();
  private final Map<String, Map<String, Integer>> ranks = new HashMap<>();

  Standings(List<Ranking> rankings) {
    for (Ranking t : rankings) {
      int index = tables.size();
      tables.add(t.entries());
      long[] totals = new long[t.entries().size()];
      for (int i = 0; i < totals.length; i++) {
        RankEntry e = t.entries().get(i);
        totals[i] = cents(e.total());
        slots
            .computeIfAbsent(e.unitId(), k -> new ArrayList<>())
            .add(new Slot(t.group().id(), index, totals[i]));
        ranks.computeIfAbsent(e.unitId(), k -> new TreeMap<>()).put(t.group().id(), e.rank());
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
    long mine = cents(total);
    Map<String, Integer> out = new TreeMap<>();
    for (Slot s : slots.getOrDefault(unitId, List.of())) {
      long[] totals = sorted.get(s.table());
      int above = totals.length - firstAbove(totals, mine);
      if (s.own() > mine) {
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
    Map<String, Integer> out = new TreeMap<>();
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

  /**
   * The tables seen from one cohort criterion, whose x_best and x_min a step may move: then every
   * unit with a value of it may get new points of it, and a new total. Each such unit's total lies
   * between its total with 0 and with the maximum points of the criterion (a total never falls when
   * a criterion's points rise, {@code 004_…} Điều 6), so only the units whose range straddles the
   * new total need their new points; the others are counted by binary search.
   *
   * @param movable the units whose points of the criterion may move
   * @param range a movable unit's lowest and highest possible total
   */
  Movable movable(Set<String> movable, Function<String, BigDecimal[]> range) {
    return new Movable(movable, range);
  }

  /** See {@link #movable}. */
  final class Movable {

    /** A movable unit's lowest and highest total, in cents. */
    private record Bound(long lo, long hi, String unitId) {}

    /** Per table: the totals of the units that keep theirs, in cents, ascending. */
    private final List<long[]> fixed = new ArrayList<>();

    /** Per table: the movable units by their lowest total, and those lowest totals. */
    private final List<Bound[]> bounds = new ArrayList<>();

    private final List<long[]> lows = new ArrayList<>();

    /** Per table: the widest range of a movable unit, in cents. */
    private final List<Long> widths = new ArrayList<>();

    private final Set<String> movable;

    private final Map<String, Bound> boundOf = new HashMap<>();

    private Movable(Set<String> movable, Function<String, BigDecimal[]> range) {
      this.movable = movable;
      for (List<RankEntry> t : tables) {
        long[] still = new long[t.size()];
        int kept = 0;
        List<Bound> moving = new ArrayList<>();
        long width = 0;
        for (RankEntry e : t) {
          if (!movable.contains(e.unitId())) {
            still[kept++] = cents(e.total());
            continue;
          }
          BigDecimal[] r = range.apply(e.unitId());
          Bound b = new Bound(cents(r[0]), cents(r[1]), e.unitId());
          moving.add(b);
          boundOf.put(e.unitId(), b);
          width = Math.max(width, Math.subtractExact(b.hi(), b.lo()));
        }
        long[] stillSorted = Arrays.copyOf(still, kept);
        Arrays.sort(stillSorted);
        fixed.add(stillSorted);
        moving.sort(java.util.Comparator.comparingLong(Bound::lo));
        bounds.add(moving.toArray(Bound[]::new));
        lows.add(moving.stream().mapToLong(Bound::lo).toArray());
        widths.add(width);
      }
    }

    /** The other movable units whose place against {@code total} depends on their new points. */
    Set<String> undecided(String unitId, BigDecimal total) {
      long mine = cents(total);
      Set<String> out = new java.util.TreeSet<>();
      for (Slot s : slots.getOrDefault(unitId, List.of())) {
        Bound[] b = bounds.get(s.table());
        long[] lo = lows.get(s.table());
        // lo ≤ total < hi, and hi − lo ≤ width: lo lies in (total − width, total].
        int from = firstAbove(lo, Math.subtractExact(mine, widths.get(s.table())));
        int to = firstAbove(lo, mine);
        for (int i = from; i < to; i++) {
          if (b[i].hi() > mine && !b[i].unitId().equals(unitId)) {
            out.add(b[i].unitId());
          }
        }
      }
      return out;
    }

    /**
     * Group id → the rank {@code total} would hold.
     *
     * @param exact the new total of each unit {@link #undecided} returned
     */
    Map<String, Integer> placed(
        String unitId, BigDecimal total, Function<String, BigDecimal> exact) {
      long mine = cents(total);
      Map<String, Integer> out = new TreeMap<>();
      for (Slot s : slots.getOrDefault(unitId, List.of())) {
        long[] still = fixed.get(s.table());
        Bound[] b = bounds.get(s.table());
        long[] lo = lows.get(s.table());
        int above = still.length - firstAbove(still, mine);
        if (!movable.contains(unitId) && s.own() > mine) {
          above--; // the unit's current total is among the fixed ones
        }
        int to = firstAbove(lo, mine);
        above += b.length - to; // lowest possible total above: above in any case
        Bound own = boundOf.get(unitId);
        if (own != null && own.lo() > mine) {
          above--; // not above itself
        }
        int from = firstAbove(lo, Math.subtractExact(mine, widths.get(s.table())));
        for (int i = from; i < to; i++) {
          if (b[i].hi() > mine
              && !b[i].unitId().equals(unitId)
              && cents(exact.apply(b[i].unitId())) > mine) {
            above++;
          }
        }
        out.put(s.groupId(), above + 1);
      }
      return out;
    }
  }

  /** The index of the first total strictly above {@code v} (the length when none is). */
  private static int firstAbove(long[] totals, long v) {
    int lo = 0;
    int hi = totals.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (totals[mid] > v) {
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

  /**
   * The shown total (2 decimals) in whole cents; totals beyond a {@code long} of cents (about 9 ×
   * 10^16 points) throw, as the rank intervals' arithmetic does.
   */
  static long cents(BigDecimal total) {
    return shown(total).unscaledValue().longValueExact();
  }
}
