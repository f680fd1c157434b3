package org.opendti.insight.uncertainty;

/**
 * Every draw's rank of every entry of one table: 2 bytes a rank where ranks fit (tables up to
 * 65,535 units: 20 MB for 10,000 units and 1,000 draws), 4 bytes otherwise. Each draw writes its
 * own cells, so draws may be filled from several threads.
 */
abstract class RankStore {

  final int draws;
  final int size;

  private RankStore(int draws, int size) {
    this.draws = draws;
    this.size = size;
  }

  static RankStore of(int draws, int size) {
    return size <= Character.MAX_VALUE ? new Small(draws, size) : new Large(draws, size);
  }

  abstract void set(int draw, int entry, int rank);

  abstract int get(int draw, int entry);

  /** Entries read together: a draw's ranks of consecutive entries share cache lines. */
  static final int CHUNK = 64;

  /**
   * The 5th and 95th percentile rank over the draws of each entry in [from, to) (at most {@link
   * #CHUNK}), by the nearest-rank rule: the ⌈0.05 × draws⌉-th and the ⌈0.95 × draws⌉-th smallest,
   * into {@code low} and {@code high}. Counted in a histogram over each entry's own range of ranks,
   * which is narrow for most units; the draws are read row by row, as they were written.
   */
  void percentiles(int from, int to, int[] low, int[] high) {
    int n = to - from;
    int[] min = new int[n];
    int[] max = new int[n];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int d = 0; d < draws; d++) {
      for (int j = 0; j < n; j++) {
        int r = get(d, from + j);
        min[j] = Math.min(min[j], r);
        max[j] = Math.max(max[j], r);
      }
    }
    int[][] counts = new int[n][];
    for (int j = 0; j < n; j++) {
      counts[j] = new int[max[j] - min[j] + 1];
    }
    for (int d = 0; d < draws; d++) {
      for (int j = 0; j < n; j++) {
        counts[j][get(d, from + j) - min[j]]++;
      }
    }
    for (int j = 0; j < n; j++) {
      low[from + j] = kth(counts[j], min[j], nearestRank(5));
      high[from + j] = kth(counts[j], min[j], nearestRank(95));
    }
  }

  /** ⌈p / 100 × draws⌉, at least 1. */
  int nearestRank(int percent) {
    return Math.max(1, (int) ((percent * (long) draws + 99) / 100));
  }

  private static int kth(int[] counts, int min, int k) {
    int seen = 0;
    for (int v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen >= k) {
        return min + v;
      }
    }
    return min + counts.length - 1;
  }

  private static final class Small extends RankStore {
    private final char[] ranks;

    Small(int draws, int size) {
      super(draws, size);
      this.ranks = new char[Math.multiplyExact(draws, size)];
    }

    @Override
    void set(int draw, int entry, int rank) {
      ranks[draw * size + entry] = (char) rank;
    }

    @Override
    int get(int draw, int entry) {
      return ranks[draw * size + entry];
    }
  }

  private static final class Large extends RankStore {
    private final int[] ranks;

    Large(int draws, int size) {
      super(draws, size);
      this.ranks = new int[Math.multiplyExact(draws, size)];
    }

    @Override
    void set(int draw, int entry, int rank) {
      ranks[draw * size + entry] = rank;
    }

    @Override
    int get(int draw, int entry) {
      return ranks[draw * size + entry];
    }
  }
}
