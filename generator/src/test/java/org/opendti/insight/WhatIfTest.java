package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendti.insight.WhatIfFixture.changed;
import static org.opendti.insight.WhatIfFixture.of;
import static org.opendti.insight.WhatIfFixture.ranks;
import static org.opendti.insight.WhatIfFixture.score;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opendti.load.Dataset;
import org.opendti.model.Aggregation;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;
import org.opendti.score.TestData;
import org.opendti.score.UnitScore;

class WhatIfTest {

  private static final Dataset DATA =
      WhatIfFixture.dataset(
          WhatIfFixture.framework(Aggregation.DEFAULT), WhatIfFixture.six(), List.of());
  private static final List<UnitScore> SCORES = score(DATA);

  private static UnitOpportunities report(String unit) {
    return report(DATA, unit);
  }

  private static UnitOpportunities report(Dataset d, String unit) {
    return new WhatIf(ArrivalTimes.none())
        .forUnit(d, score(d), TestData.FRAMEWORK, TestData.PERIOD.id(), unit);
  }

  private static Opportunity find(UnitOpportunities r, String criterion, Opportunity.Kind kind) {
    return r.opportunities().stream()
        .filter(o -> o.criterionId().equals(criterion) && o.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " for " + criterion + " in " + r));
  }

  private static Map<String, Value> own(Submission s, String criterion) {
    return s.answer(criterion).orElseThrow().inputs();
  }

  @Test
  void everyOpportunityMatchesAFullRescoreAndRanking() {
    List<UnitOpportunities> reports = new WhatIf(ArrivalTimes.none()).forUnits(DATA, SCORES);
    assertThat(reports)
        .extracting(UnitOpportunities::unitId)
        .containsExactly("u1", "u2", "u3", "u4", "u5", "u6");
    Set<String> covered = new TreeSet<>();
    for (UnitOpportunities r : reports) {
      Submission s =
          DATA.submissions().stream()
              .filter(x -> x.unit().equals(r.unitId()))
              .findFirst()
              .orElseThrow();
      for (Opportunity o : r.opportunities()) {
        covered.add(o.criterionId() + " " + o.kind());
        Dataset after =
            changed(DATA, r.unitId(), o.criterionId(), own(s, o.criterionId()), o.inputs());
        List<UnitScore> full = score(after);
        UnitScore then = of(full, r.unitId());
        assertThat(o.totalThen()).as(r.unitId() + " " + o).isEqualByComparingTo(then.total());
        assertThat(o.pointsThen())
            .isEqualByComparingTo(then.criterion(o.criterionId()).orElseThrow().points());
        assertThat(o.totalNow()).isEqualByComparingTo(of(SCORES, r.unitId()).total());
        assertThat(o.gain()).isEqualByComparingTo(then.total().subtract(o.totalNow()));
        assertThat(o.gain()).isPositive();
        assertThat(o.rankThen()).isEqualTo(ranks(after, full, r.unitId()));
        assertThat(o.rankNow()).isEqualTo(ranks(DATA, SCORES, r.unitId()));
      }
      // what the unit reports first (issue #16), then by gain
      assertThat(r.opportunities())
          .isSortedAccordingTo(
              Comparator.comparing((Opportunity o) -> !o.basis().reported())
                  .thenComparing(Comparator.comparing(Opportunity::gain).reversed())
                  .thenComparing(Opportunity::criterionId, CriterionIds.ORDER));
    }
    assertThat(covered)
        .contains(
            "1 MAX",
            "2 MAX",
            "3 MAX",
            "3 NEXT_STEP",
            "4 MAX",
            "5 MAX",
            "5 NEXT_STEP",
            "6 MAX",
            "6 NEXT_STEP",
            "7 MAX",
            "8 MAX",
            "9 MAX");
  }

  @Test
  void ratioWithAFloorOffersTheFloorAsNextStepAndTheFullShareAsMax() {
    // u1: 50 / 100 < 60% → 0 (003_… 6.5); no criterion left out, so D = A.
    UnitOpportunities r = report("u1");
    Opportunity next = find(r, "3", Opportunity.Kind.NEXT_STEP);
    assertThat(next.inputs()).isEqualTo(in("a", num("60")));
    assertThat(next.label()).isEqualTo("≥ 60%");
    assertThat(next.pointsNow()).isEqualByComparingTo("0");
    assertThat(next.pointsThen()).isEqualByComparingTo("24");
    assertThat(next.gain()).isEqualByComparingTo("24");
    Opportunity max = find(r, "3", Opportunity.Kind.MAX);
    assertThat(max.inputs()).isEqualTo(in("a", num("100")));
    assertThat(max.gain()).isEqualByComparingTo("40");
    assertThat(r.opportunities().get(0)).isEqualTo(max);
  }

  @Test
  void ratioWithATargetOnlyNeedsTheTarget() {
    // u1: 3 / 10 against a 50% target (003_… 4.7): 5 of 10 is enough for the maximum.
    Opportunity max = find(report("u1"), "4", Opportunity.Kind.MAX);
    assertThat(max.inputs()).isEqualTo(in("a", num("5")));
    assertThat(max.label()).isEqualTo("≥ 50%");
    assertThat(max.pointsNow()).isEqualByComparingTo("6");
    assertThat(max.pointsThen()).isEqualByComparingTo("10");
    assertThat(report("u1").opportunities())
        .noneMatch(o -> o.criterionId().equals("4") && o.kind() == Opportunity.Kind.NEXT_STEP);
  }

  @Test
  void gainIsInTheRescaledTotalNotRawPoints() {
    // u4 claims 9 không phát sinh: C = 122, so 10 more points are worth 10 × 127 / 122 (004_… Đ6).
    UnitScore now = of(SCORES, "u4");
    Opportunity yes = find(report("u4"), "1", Opportunity.Kind.MAX);
    BigDecimal a = now.assessedPoints().add(BigDecimal.TEN);
    BigDecimal expected =
        a.multiply(new BigDecimal("127"))
            .divide(new BigDecimal("122"), 2, RoundingMode.HALF_UP)
            .subtract(now.total());
    assertThat(yes.gain()).isEqualByComparingTo(expected);
    assertThat(yes.gain()).isGreaterThan(BigDecimal.TEN);
    assertThat(report("u4").opportunities()).noneMatch(o -> o.criterionId().equals("9"));
  }

  @Test
  void bandsAndChoiceOfferTheNextRungAndTheTop() {
    UnitOpportunities r = report("u3"); // 4 items: no band; option "none"
    assertThat(find(r, "5", Opportunity.Kind.NEXT_STEP).inputs()).isEqualTo(in("n", num("5")));
    assertThat(find(r, "5", Opportunity.Kind.NEXT_STEP).pointsThen()).isEqualByComparingTo("1");
    assertThat(find(r, "5", Opportunity.Kind.MAX).inputs()).isEqualTo(in("n", num("12")));
    assertThat(find(r, "5", Opportunity.Kind.MAX).pointsThen()).isEqualByComparingTo("2");
    Opportunity vice = find(r, "6", Opportunity.Kind.NEXT_STEP);
    assertThat(vice.inputs()).isEqualTo(in("c", TestData.text("vice")));
    assertThat(vice.label()).isEqualTo("Phó Chủ tịch");
    assertThat(vice.pointsThen()).isEqualByComparingTo("10");
    assertThat(find(r, "6", Opportunity.Kind.MAX).label()).isEqualTo("Chủ tịch");
    // u1 is in band [8, 12): only the top band is left, no separate next step.
    assertThat(report("u1").opportunities())
        .filteredOn(o -> o.criterionId().equals("5"))
        .extracting(Opportunity::kind)
        .containsExactly(Opportunity.Kind.MAX);
  }

  @Test
  void relativeToBestRaisesTheBestAndLowersTheFormerBest() {
    // 7: u1 holds x_best = 3/4. u3 (5/10) needs 7.5 → 8 of 10, which makes 80% the new best.
    Opportunity o = find(report("u3"), "7", Opportunity.Kind.MAX);
    assertThat(o.inputs()).isEqualTo(in("a", num("8")));
    assertThat(o.pointsNow()).isEqualByComparingTo("6.67");
    assertThat(o.pointsThen()).isEqualByComparingTo("10");
    Submission u3 = DATA.submissions().get(2);
    List<UnitScore> full = score(changed(DATA, "u3", "7", own(u3, "7"), o.inputs()));
    assertThat(of(SCORES, "u1").criterion("7").orElseThrow().points()).isEqualByComparingTo("10");
    assertThat(of(full, "u1").criterion("7").orElseThrow().points())
        .isEqualByComparingTo("9.38"); // 0.75 / 0.8 × 10
    assertThat(of(full, "u1").total()).isLessThan(of(SCORES, "u1").total());
  }

  @Test
  void minMaxRaisingTheLowestUnitLowersOthers() {
    // 8: x_min is u2's 1/4; at 3/4 the new x_min is u5's 3/8, and u3's 1/2 falls from 5 to 3.33.
    Opportunity o = find(report("u2"), "8", Opportunity.Kind.MAX);
    assertThat(o.inputs()).isEqualTo(in("a", num("3")));
    assertThat(o.pointsNow()).isEqualByComparingTo("0");
    assertThat(o.pointsThen()).isEqualByComparingTo("10");
    Submission u2 = DATA.submissions().get(1);
    List<UnitScore> full = score(changed(DATA, "u2", "8", own(u2, "8"), o.inputs()));
    assertThat(of(SCORES, "u3").criterion("8").orElseThrow().points()).isEqualByComparingTo("5");
    assertThat(of(full, "u3").criterion("8").orElseThrow().points()).isEqualByComparingTo("3.33");
  }

  @Test
  void rankThenUsesEveryoneElsesScoresInEachGroup() {
    UnitOpportunities r = report("u4");
    Opportunity best = r.opportunities().get(0);
    assertThat(best.rankNow()).containsOnlyKeys("all", "by-district");
    assertThat(best.rankThen()).containsOnlyKeys("all", "by-district");
    // Counted by hand from the current totals: 1 + units strictly above the new total.
    long above =
        SCORES.stream()
            .filter(s -> !s.unitId().equals("u4") && s.total().compareTo(best.totalThen()) > 0)
            .count();
    assertThat(best.rankThen().get("all")).isEqualTo((int) above + 1);
    assertThat(best.rankThen().get("all")).isLessThanOrEqualTo(best.rankNow().get("all"));
  }

  @Test
  void reviewedInputsAreTheStartingPointAndTheCorrectionIsSetAside() {
    Submission u2 = DATA.submissions().get(1);
    Review review = TestData.review(u2, TestData.inputsCorrection("2", in("a", num("16"))));
    Dataset reviewed =
        new Dataset(DATA.registry(), DATA.frameworks(), DATA.submissions(), List.of(review));
    Opportunity o = find(report(reviewed, "u2"), "2", Opportunity.Kind.MAX);
    assertThat(o.pointsNow()).isEqualByComparingTo("16");
    assertThat(o.inputs()).isEqualTo(in("a", num("20")));
    List<UnitScore> full =
        score(changed(reviewed, "u2", "2", in("a", num("16"), "b", num("20")), o.inputs()));
    assertThat(o.totalThen()).isEqualByComparingTo(of(full, "u2").total());
    assertThat(o.gain()).isEqualByComparingTo("4");
  }

  @Test
  void cappedBonusOffersNothing() {
    // addCapped: a unit already at B gains nothing from a bonus item (000_… điểm thưởng).
    Aggregation capped =
        TestData.aggregation(true, Aggregation.BonusPolicy.ADD_CAPPED, List.of(), List.of());
    var f =
        TestData.framework(
            TestData.FRAMEWORK,
            "10",
            capped,
            List.of(TestData.all()),
            TestData.pillar("I", TestData.assessed("1", "10"), TestData.bonus("B1", "2")));
    Submission full =
        TestData.submission(
            "u",
            TestData.answer("1", in("value", num("10"))),
            TestData.answer("B1", in("value", num("0"))));
    Submission half =
        TestData.submission(
            TestData.FRAMEWORK,
            "u2",
            null,
            TestData.answer("1", in("value", num("5"))),
            TestData.answer("B1", in("value", num("0"))));
    Dataset d = TestData.dataset(f, List.of(full, half), List.of());
    assertThat(report(d, "u").opportunities()).isEmpty();
    assertThat(report(d, "u2").opportunities())
        .extracting(Opportunity::criterionId, Opportunity::gain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", new BigDecimal("5.00")),
            org.assertj.core.groups.Tuple.tuple("B1", new BigDecimal("2.00")));
  }

  @Test
  void prioritySectorScaleAppliesToTheGain() {
    // X = (D + E) × B / (B + F) (004_… Điều 6): 5 more base points are worth 5 × 10 / 20 = 2.5.
    var sector =
        new org.opendti.model.PrioritySector(
            "s1",
            "Lĩnh vực ưu tiên",
            null,
            new BigDecimal("10"),
            List.of(TestData.pillar("S", TestData.assessed("S1", "10"))));
    Aggregation agg =
        TestData.aggregation(true, Aggregation.BonusPolicy.ADD, List.of(sector), List.of());
    var f =
        TestData.framework(
            TestData.FRAMEWORK,
            "10",
            agg,
            List.of(TestData.all()),
            TestData.pillar("I", TestData.assessed("1", "10")));
    Submission s =
        TestData.submission(
            TestData.FRAMEWORK,
            "u",
            "s1",
            TestData.answer("1", in("value", num("5"))),
            TestData.answer("S1", in("value", num("4"))));
    Dataset d = TestData.dataset(f, List.of(s), List.of());
    UnitOpportunities r = report(d, "u");
    assertThat(r.opportunities()).hasSize(1);
    Opportunity o = r.opportunities().get(0);
    assertThat(o.criterionId()).isEqualTo("1");
    assertThat(o.totalNow()).isEqualByComparingTo("4.5");
    assertThat(o.totalThen()).isEqualByComparingTo("7");
    assertThat(o.gain()).isEqualByComparingTo("2.5");
  }

  @Test
  void rankThenCountsOtherUnitsLosingCohortPoints() {
    // A holds x_best = 3/4 on 7 (10 points) and has 3 on 9: 13. U has 5/10 (6.67) and 2.5: 9.17.
    // U at 8/10 makes 80% the best: U 12.5, A 0.75 / 0.8 × 10 = 9.38 + 3 = 12.38, so U is first,
    // which it would not be against A's old 13.
    var f =
        TestData.framework(
            TestData.FRAMEWORK,
            "20",
            Aggregation.DEFAULT,
            List.of(TestData.all()),
            TestData.pillar(
                "I",
                WhatIfFixture.cohort("7", org.opendti.model.Method.CohortVariant.RELATIVE_TO_BEST),
                TestData.assessed("9", "10")));
    Submission a =
        TestData.submission(
            "a",
            TestData.answer("7", WhatIfFixture.frac("3/4")),
            TestData.answer("9", in("value", num("3"))));
    Submission u =
        TestData.submission(
            "u",
            TestData.answer("7", WhatIfFixture.frac("5/10")),
            TestData.answer("9", in("value", num("2.5"))));
    Dataset d = TestData.dataset(f, List.of(a, u), List.of());
    Opportunity o = find(report(d, "u"), "7", Opportunity.Kind.MAX);
    assertThat(o.totalThen()).isEqualByComparingTo("12.5");
    assertThat(o.rankNow()).containsEntry("all", 2);
    assertThat(o.rankThen()).containsEntry("all", 1);
    Dataset after = changed(d, "u", "7", WhatIfFixture.frac("5/10"), o.inputs());
    assertThat(of(score(after), "a").total()).isEqualByComparingTo("12.38");
    assertThat(o.rankThen()).isEqualTo(ranks(after, score(after), "u"));
  }

  @Test
  void unknownUnitIsRejected() {
    assertThatThrownBy(() -> report("nobody")).isInstanceOf(IllegalArgumentException.class);
  }
}
