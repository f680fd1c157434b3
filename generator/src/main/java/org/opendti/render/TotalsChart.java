package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

/**
 * Where a unit sits among the totals of its framework and period: a histogram of the totals in
 * {@value #BINS} equal ranges from 0 to the framework's maximum, the unit's range marked: one table
 * says the counts and draws them as bars (a {@code <meter>} per range, the fullest range full),
 * with a sentence that says where the unit is. Sample units are compared with sample units only,
 * real ones with real ones (issue #16 item 7).
 */
final class TotalsChart {

  /** Ranges of the histogram. */
  static final int BINS = 10;

  /** Fewer units than this make no distribution worth drawing: the ranks say it all. */
  static final int MIN_UNITS = 3;

  private TotalsChart() {}

  /** The cohort's totals once for all its scorecards: sorted, and counted per range. */
  private record Cohort(BigDecimal[] sorted, int[] counts, BigDecimal width) {}

  private record Key(String framework, String period, boolean sample) {}

  /** The distribution for the scorecard of {@code s}; null when its cohort is too small. */
  static ScorecardView.Distribution of(PageContext page, Framework fw, UnitScore s) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    boolean sample = HomePage.isSample(index, s);
    Cohort c =
        index.memo(
            new Key(fw.id(), s.periodId(), sample), () -> cohort(index, fw, s.periodId(), sample));
    int n = c.sorted().length;
    if (n < MIN_UNITS) {
      return null;
    }
    int here = bin(s.total(), c.width());
    int below = lowerCount(c.sorted(), s.total());
    int most = Math.max(1, Arrays.stream(c.counts()).max().orElse(1));
    List<ScorecardView.Bin> bins = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      BigDecimal from = c.width().multiply(BigDecimal.valueOf(i));
      BigDecimal to = c.width().multiply(BigDecimal.valueOf(i + 1L));
      bins.add(
          new ScorecardView.Bin(
              lang.points(from) + " – " + lang.points(to),
              lang.integer(c.counts()[i]),
              i == here,
              Integer.toString(c.counts()[i])));
    }
    String summary =
        Messages.format(
            page.t("distributionSummary"),
            lang.points(s.total()),
            lang.integer(below),
            lang.integer(n - 1),
            lang.points(median(c.sorted())),
            bins.get(here).range());
    return new ScorecardView.Distribution(lang.integer(n), summary, bins, Integer.toString(most));
  }

  private static Cohort cohort(SiteIndex index, Framework fw, String period, boolean sample) {
    BigDecimal[] totals =
        index.scores(fw.id(), period).stream()
            .filter(x -> HomePage.isSample(index, x) == sample)
            .map(x -> x.total() == null ? BigDecimal.ZERO : x.total())
            .sorted()
            .toArray(BigDecimal[]::new);
    BigDecimal max = fw.totalPoints().signum() > 0 ? fw.totalPoints() : BigDecimal.ONE;
    BigDecimal width = max.divide(BigDecimal.valueOf(BINS), 4, RoundingMode.HALF_UP);
    int[] counts = new int[BINS];
    for (BigDecimal t : totals) {
      counts[bin(t, width)]++;
    }
    return new Cohort(totals, counts, width);
  }

  /** The range a total falls in: [i × width, (i + 1) × width), the maximum in the last one. */
  static int bin(BigDecimal total, BigDecimal width) {
    BigDecimal t = total == null ? BigDecimal.ZERO : total;
    int i = t.divide(width, 0, RoundingMode.FLOOR).intValue();
    return Math.max(0, Math.min(BINS - 1, i));
  }

  /** How many of the sorted totals are strictly below {@code total}. */
  static int lowerCount(BigDecimal[] sorted, BigDecimal total) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(total) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static BigDecimal median(BigDecimal[] sorted) {
    int n = sorted.length;
    return n % 2 == 1
        ? sorted[n / 2]
        : sorted[n / 2 - 1]
            .add(sorted[n / 2])
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
  }
}
