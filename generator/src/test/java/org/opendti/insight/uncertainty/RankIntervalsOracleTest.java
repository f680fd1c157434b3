package org.opendti.insight.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.rank.RankEntry;
import org.opendti.rank.Ranking;

/**
 * The fast path (per-criterion points re-aggregated in integers, only the moved criteria re-scored)
 * against the plain way: the framework rewritten, the reviews changed, every submission re-scored
 * by the scorer and the weighted totals computed in exact fractions; then the intervals from the
 * plain ranks of the same draws.
 */
class RankIntervalsOracleTest {

  private static final int DRAWS = 400;
  private static final long SEED = 7;

  @Test
  void everyDiscreteChoiceGivesThePlainTotals() {
    check(IntervalsFixture.mixed(), IntervalsFixture.mixedDisputes());
    check(IntervalsFixture.sector(), List.of());
  }

  private static void check(Dataset d, List<DisputedCorrection> disputed) {
    CohortAnalysis a = IntervalsFixture.analysis(d, disputed);
    List<DisputedCorrection> disputes = a.disputes();
    assertThat(disputes).hasSameSizeAs(disputed);
    int pillars = d.frameworks().get(0).pillars().size();
    int combinations = 0;
    for (int bits = 0; bits < 1 << (2 + disputes.size()); bits++) {
      boolean[] unapplied = new boolean[disputes.size()];
      for (int j = 0; j < unapplied.length; j++) {
        unapplied[j] = (bits >> (2 + j) & 1) == 1;
      }
      int[] weights = new int[pillars];
      Arrays.fill(weights, 100);
      Scenario s = new Scenario((bits & 1) == 1, (bits & 2) == 2, unapplied, weights);
      assertThat(a.totals(s))
          .as("reading %s, na %s, unapplied %s", s.otherReading(), s.otherNaRule(), unapplied)
          .isEqualTo(IntervalsFixture.plainTotals(d, disputes, s));
      combinations++;
    }
    assertThat(combinations).isEqualTo(1 << (2 + disputed.size()));
  }

  @Test
  void weightedDrawsGiveThePlainTotals() {
    for (Dataset d : List.of(IntervalsFixture.mixed(), IntervalsFixture.sector())) {
      List<DisputedCorrection> disputed =
          d.frameworks().get(0).pillars().get(0).criteria().size() == 3
              ? IntervalsFixture.mixedDisputes()
              : List.of();
      CohortAnalysis a = IntervalsFixture.analysis(d, disputed);
      for (Scenario s : a.scenarios(DRAWS, SEED, 10)) {
        assertThat(a.totals(s)).isEqualTo(IntervalsFixture.plainTotals(d, a.disputes(), s));
      }
    }
  }

  @Test
  void intervalsAreThePercentilesOfThePlainRanks() {
    Dataset d = IntervalsFixture.mixed();
    CohortAnalysis a = IntervalsFixture.analysis(d, IntervalsFixture.mixedDisputes());
    List<Ranking> tables = IntervalsFixture.rank(d, IntervalsFixture.score(d));
    Scenario[] draws = a.scenarios(DRAWS, SEED, 10);
    List<Map<String, BigDecimal>> totals = new ArrayList<>();
    for (Scenario s : draws) {
      totals.add(IntervalsFixture.plainTotals(d, a.disputes(), s));
    }
    CohortIntervals fast = a.run(DRAWS, SEED, 10);
    assertThat(fast.varied()).containsExactly(Choice.values());
    assertThat(fast.tables()).hasSize(tables.size());
    boolean someWider = false;
    for (int t = 0; t < tables.size(); t++) {
      List<RankEntry> entries = tables.get(t).entries();
      for (int j = 0; j < entries.size(); j++) {
        RankEntry e = entries.get(j);
        int[] ranks = new int[draws.length];
        for (int k = 0; k < draws.length; k++) {
          BigDecimal mine = totals.get(k).get(e.unitId());
          int above = 0;
          for (RankEntry o : entries) {
            above += totals.get(k).get(o.unitId()).compareTo(mine) > 0 ? 1 : 0;
          }
          ranks[k] = above + 1;
        }
        Arrays.sort(ranks);
        int low = Math.min(ranks[(int) Math.ceil(0.05 * draws.length) - 1], e.rank());
        int high = Math.max(ranks[(int) Math.ceil(0.95 * draws.length) - 1], e.rank());
        RankInterval got = fast.tables().get(t).entries().get(j);
        assertThat(got.unitId()).isEqualTo(e.unitId());
        assertThat(new int[] {got.rank(), got.low(), got.high()})
            .as("%s in %s", e.unitId(), tables.get(t).group().id())
            .containsExactly(e.rank(), low, high);
        someWider |= low < high;
      }
    }
    assertThat(someWider).isTrue();
  }
}
