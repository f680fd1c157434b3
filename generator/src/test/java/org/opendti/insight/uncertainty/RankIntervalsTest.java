package org.opendti.insight.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendti.insight.uncertainty.IntervalsFixture.points;
import static org.opendti.insight.uncertainty.IntervalsFixture.ratio;
import static org.opendti.insight.uncertainty.IntervalsFixture.unit;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Method;
import org.opendti.model.Submission;
import org.opendti.rank.Ranking;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

class RankIntervalsTest {

  private static final RankIntervals ANALYSIS = RankIntervals.builder().build();

  private static List<CohortIntervals> analyse(Dataset d, List<DisputedCorrection> disputed) {
    List<UnitScore> scores = IntervalsFixture.score(d);
    List<Ranking> rankings = IntervalsFixture.rank(d, scores);
    return ANALYSIS.analyse(d, scores, rankings, ArrivalTimes.none(), disputed);
  }

  private static List<RankInterval> all(CohortIntervals c) {
    return c.table("all", null).orElseThrow().entries();
  }

  @Test
  void nothingUncertainGivesEveryUnitItsRank() {
    // One pillar (its weight cancels), no cohort criterion, nothing not applicable, no objection.
    Dataset d =
        IntervalsFixture.dataset(
            IntervalsFixture.framework(
                "50",
                Aggregation.DEFAULT,
                List.of(TestData.all()),
                TestData.pillar("I", TestData.assessed("1", "30"), TestData.assessed("2", "20"))),
            List.of(
                unit("u1", null, points("1", "20"), points("2", "10")),
                unit("u2", null, points("1", "25"), points("2", "10")),
                unit("u3", null, points("1", "10"), points("2", "20")),
                unit("u4", null, points("1", "5"), points("2", "5"))),
            List.of());

    CohortIntervals c = analyse(d, List.of()).get(0);

    assertThat(c.draws()).isZero();
    assertThat(c.varied()).isEmpty();
    assertThat(all(c))
        .extracting(RankInterval::unitId, RankInterval::rank, RankInterval::low, RankInterval::high)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("u2", 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple("u1", 2, 2, 2),
            org.assertj.core.groups.Tuple.tuple("u3", 2, 2, 2),
            org.assertj.core.groups.Tuple.tuple("u4", 4, 4, 4));
    // Equal totals share a rank, so they are never clearly apart.
    assertThat(all(c))
        .extracting(RankInterval::overlapsNext)
        .containsExactly(false, true, false, false);
  }

  @Test
  void aUnitAheadInEveryPillarStaysAheadWhateverTheWeights() {
    Dataset d =
        IntervalsFixture.dataset(
            IntervalsFixture.framework(
                "100",
                Aggregation.DEFAULT,
                List.of(TestData.all()),
                TestData.pillar("I", TestData.assessed("1", "50")),
                TestData.pillar("II", TestData.assessed("2", "50"))),
            List.of(
                unit("u1", null, points("1", "40"), points("2", "41")),
                unit("u2", null, points("1", "39"), points("2", "40")),
                unit("u3", null, points("1", "10"), points("2", "12"))),
            List.of());

    CohortIntervals c = analyse(d, List.of()).get(0);

    assertThat(c.draws()).isEqualTo(RankIntervals.DEFAULT_DRAWS);
    assertThat(c.varied()).containsExactly(Choice.PILLAR_WEIGHTS);
    assertThat(all(c)).allMatch(RankInterval::collapsed);
    assertThat(all(c)).noneMatch(RankInterval::overlapsNext);
  }

  /**
   * u2 leads by the framework's reading (x / x_best × max) and falls behind u1 by the other
   * (classic min-max), because u3's low value becomes zero points: both get the interval 1–2.
   */
  @Test
  void twoUnitsThatTradePlacesUnderTheOtherReadingOfMinMaxWiden() {
    Dataset d =
        IntervalsFixture.dataset(
            IntervalsFixture.framework(
                "100",
                Aggregation.DEFAULT,
                List.of(TestData.all()),
                TestData.pillar(
                    "I",
                    IntervalsFixture.cohort("1", "50", Method.CohortVariant.RELATIVE_TO_BEST),
                    TestData.assessed("2", "50"))),
            List.of(
                unit("u1", null, ratio("1", "10", "10"), points("2", "10")),
                unit("u2", null, ratio("1", "8", "10"), points("2", "25")),
                unit("u3", null, ratio("1", "5", "10"), points("2", "30"))),
            List.of());
    List<UnitScore> scores = IntervalsFixture.score(d);
    assertThat(scores)
        .extracting(UnitScore::total)
        .extracting(Object::toString)
        .containsExactly("60.00", "65.00", "55.00");

    CohortIntervals c = analyse(d, List.of()).get(0);

    assertThat(c.varied()).containsExactly(Choice.COHORT_READING);
    assertThat(all(c))
        .extracting(RankInterval::unitId, RankInterval::rank, RankInterval::low, RankInterval::high)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("u2", 1, 1, 2),
            org.assertj.core.groups.Tuple.tuple("u1", 2, 1, 2),
            org.assertj.core.groups.Tuple.tuple("u3", 3, 3, 3));
    assertThat(all(c)).extracting(RankInterval::overlapsNext).containsExactly(true, false, false);
  }

  @Test
  void theSameInputsGiveTheSameIntervalsOnAnyNumberOfThreads() throws Exception {
    Dataset d = IntervalsFixture.mixed();
    List<CohortIntervals> first = analyse(d, IntervalsFixture.mixedDisputes());
    List<CohortIntervals> again = analyse(d, IntervalsFixture.mixedDisputes());
    ForkJoinPool one = new ForkJoinPool(1);
    List<CohortIntervals> alone;
    try {
      alone = one.submit(() -> analyse(d, IntervalsFixture.mixedDisputes())).get();
    } finally {
      one.shutdown();
    }
    assertThat(again).isEqualTo(first);
    assertThat(alone).isEqualTo(first);
    assertThat(alone.toString()).isEqualTo(first.toString());
    // The disputes' order does not matter either: they are sorted before drawing.
    List<DisputedCorrection> reversed = new java.util.ArrayList<>(IntervalsFixture.mixedDisputes());
    java.util.Collections.reverse(reversed);
    assertThat(analyse(d, reversed)).isEqualTo(first);
    assertThat(first.get(0).varied()).containsExactly(Choice.values());
    assertThat(first.get(0).tables())
        .extracting(TableIntervals::groupId)
        .containsExactly("all", "by-district", "by-district");
  }

  @Test
  void anotherSeedGivesOtherDrawsButTheSameRanks() {
    Dataset d = IntervalsFixture.mixed();
    List<UnitScore> scores = IntervalsFixture.score(d);
    List<Ranking> rankings = IntervalsFixture.rank(d, scores);
    CohortIntervals a =
        ANALYSIS.analyse(d, scores, rankings, ArrivalTimes.none(), List.of()).get(0);
    CohortIntervals b =
        RankIntervals.builder()
            .seed(1)
            .build()
            .analyse(d, scores, rankings, ArrivalTimes.none(), List.of())
            .get(0);
    assertThat(b.seed()).isNotEqualTo(a.seed());
    assertThat(all(b))
        .extracting(RankInterval::rank)
        .isEqualTo(all(a).stream().map(RankInterval::rank).toList());
  }

  @Test
  void noObjectionsOrObjectionsToNothingChangeNothing() {
    Dataset d = IntervalsFixture.mixed();
    List<CohortIntervals> none = analyse(d, List.of());
    assertThat(none.get(0).varied()).doesNotContain(Choice.OPEN_OBJECTIONS);
    // u1 has no review; u2's review does not correct criterion 2; another cohort is elsewhere.
    List<DisputedCorrection> nothing =
        List.of(
            new DisputedCorrection(IntervalsFixture.COHORT.unit("u1"), "3"),
            new DisputedCorrection(IntervalsFixture.COHORT.unit("u2"), "2"),
            new DisputedCorrection(
                new org.opendti.model.SubmissionKey("other", "2023", "u2"), "3"));
    assertThat(analyse(d, nothing)).isEqualTo(none);
  }

  @Test
  void theBuilderChecksItsSettings() {
    assertThatThrownBy(() -> RankIntervals.builder().draws(99).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("draws");
    assertThatThrownBy(() -> RankIntervals.builder().weightBandPercent(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weightBandPercent");
    assertThat(ANALYSIS.draws()).isEqualTo(1000);
    assertThat(ANALYSIS.weightBandPercent()).isEqualTo(10);
  }

  @Test
  void aSubmissionsOwnOrderDoesNotMatter() {
    Dataset d = IntervalsFixture.mixed();
    List<Submission> reversed = new java.util.ArrayList<>(d.submissions());
    java.util.Collections.reverse(reversed);
    Dataset shuffled = d.withSubmissions(reversed, d.reviews());
    assertThat(analyse(shuffled, IntervalsFixture.mixedDisputes()))
        .isEqualTo(analyse(d, IntervalsFixture.mixedDisputes()));
  }
}
