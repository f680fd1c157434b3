package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.answer;
import static org.opendti.score.TestData.assessed;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.pillar;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Classification;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.PrioritySector;
import org.opendti.model.Submission;

/** {@code 004_…} Điều 5–6 and the bonus items of {@code 000_…}. */
class UnitAggregatorTest {

  private static Answer pts(String id, String points) {
    return answer(id, in("value", num(points)));
  }

  private static UnitScore score(Framework f, Submission s) {
    return new Scorer()
        .score(TestData.dataset(f, List.of(s), List.of()), ArrivalTimes.none())
        .get(0);
  }

  private static Aggregation agg(boolean rescale, Aggregation.BonusPolicy bonus) {
    return TestData.aggregation(rescale, bonus, List.of(), List.of());
  }

  private static Framework fw(String total, Aggregation a, Group... pillars) {
    return TestData.framework(TestData.FRAMEWORK, total, a, List.of(TestData.all()), pillars);
  }

  @Test
  void seed004_notApplicableRescaling_A450_C900_B1000_gives500() {
    Framework f =
        fw(
            "1000",
            Aggregation.DEFAULT,
            pillar("I", assessed("1", "500"), assessed("2", "100")),
            pillar("II", assessed("3", "400")));
    UnitScore u =
        score(
            f,
            TestData.submission(
                "u", pts("1", "250"), TestData.notApplicable("2"), pts("3", "200")));
    assertThat(u.assessedPoints()).isEqualByComparingTo("450");
    assertThat(u.assessedMax()).isEqualByComparingTo("900");
    assertThat(u.rescaled()).isEqualByComparingTo("500");
    assertThat(u.total()).isEqualByComparingTo("500");
    assertThat(u.pillars().get(0))
        .isEqualTo(new PillarScore("I", dec("250.00"), dec("500"), dec("0")));
  }

  @Test
  void seed004_rescalingRoundsHalfUpTo2Decimals() {
    // A = 10, C = 30, B = 100 → 33.333… → 33.33
    Framework f =
        fw("100", Aggregation.DEFAULT, pillar("I", assessed("1", "30"), assessed("2", "70")));
    UnitScore u = score(f, TestData.submission("u", pts("1", "10"), TestData.notApplicable("2")));
    assertThat(u.rescaled()).isEqualTo(dec("33.33"));
  }

  @Test
  void withoutRescalingDEqualsA() {
    Framework f =
        fw(
            "1000",
            agg(false, Aggregation.BonusPolicy.ADD),
            pillar("I", assessed("1", "900"), assessed("2", "100")));
    UnitScore u = score(f, TestData.submission("u", pts("1", "450"), TestData.notApplicable("2")));
    assertThat(u.assessedMax()).isEqualByComparingTo("900");
    assertThat(u.rescaled()).isEqualByComparingTo("450");
  }

  @Test
  void everythingNotApplicableGivesZero() {
    Framework f = fw("100", Aggregation.DEFAULT, pillar("I", assessed("1", "100")));
    UnitScore u = score(f, TestData.submission("u", TestData.notApplicable("1")));
    assertThat(u.assessedMax()).isEqualByComparingTo("0");
    assertThat(u.total()).isEqualByComparingTo("0");
  }

  @Test
  void missingCriterionCountsInCWithZeroPoints() {
    Framework f =
        fw("100", Aggregation.DEFAULT, pillar("I", assessed("1", "60"), assessed("2", "40")));
    UnitScore u = score(f, TestData.submission("u", pts("1", "60")));
    assertThat(u.assessedMax()).isEqualByComparingTo("100");
    assertThat(u.total()).isEqualByComparingTo("60");
  }

  @Test
  void seed004_prioritySector_X_is_DplusE_times500_over500plusF() {
    PrioritySector sector =
        new PrioritySector(
            "nong-nghiep",
            "Nông nghiệp",
            null,
            dec("50"),
            List.of(pillar("S", assessed("S.1", "50"))));
    Framework f =
        fw(
            "500",
            TestData.aggregation(true, Aggregation.BonusPolicy.ADD, List.of(sector), List.of()),
            pillar("I", assessed("1", "500")));
    // D = 400, E = 50, F = 50: X = 450 × 500 / 550 = 409.0909… → 409.09
    UnitScore u =
        score(
            f,
            TestData.submission(
                TestData.FRAMEWORK, "so-a", "nong-nghiep", pts("1", "400"), pts("S.1", "50")));
    assertThat(u.rescaled()).isEqualByComparingTo("400");
    assertThat(u.sectorPoints()).isEqualByComparingTo("50");
    assertThat(u.sectorMax()).isEqualByComparingTo("50");
    assertThat(u.total()).isEqualTo(dec("409.09"));
    assertThat(u.criterion("S.1")).isPresent();
    // Without naming the sector the same answers give X = D.
    UnitScore plain =
        score(f, TestData.submission(TestData.FRAMEWORK, "so-b", null, pts("1", "400")));
    assertThat(plain.total()).isEqualByComparingTo("400");
    assertThat(plain.sectorPoints()).isNull();
    assertThat(plain.criterion("S.1")).isEmpty();
  }

  @Test
  void seed000_bonusAdd_addCapped_ignore() {
    Group p = pillar("I", assessed("1", "100"), TestData.bonus("I.b", "5"));
    Submission s = TestData.submission("u", pts("1", "97"), pts("I.b", "5"));
    UnitScore add = score(fw("100", agg(true, Aggregation.BonusPolicy.ADD), p), s);
    UnitScore capped = score(fw("100", agg(true, Aggregation.BonusPolicy.ADD_CAPPED), p), s);
    UnitScore ignore = score(fw("100", agg(true, Aggregation.BonusPolicy.IGNORE), p), s);
    assertThat(add.total()).isEqualByComparingTo("102");
    assertThat(add.bonus()).isEqualByComparingTo("5");
    assertThat(capped.total()).isEqualByComparingTo("100");
    assertThat(capped.bonus()).isEqualByComparingTo("3");
    assertThat(ignore.total()).isEqualByComparingTo("97");
    assertThat(ignore.bonus()).isEqualByComparingTo("0");
    // The pillar always shows the bonus earned; bonus items stay out of A and C.
    assertThat(ignore.pillars().get(0).bonus()).isEqualByComparingTo("5");
    assertThat(add.assessedPoints()).isEqualByComparingTo("97");
    assertThat(add.assessedMax()).isEqualByComparingTo("100");
  }

  @Test
  void classificationHighestBandReached() {
    List<Classification> bands =
        List.of(
            new Classification("tb", "Trung bình", "Average", dec("0.5")),
            new Classification("tot", "Tốt", "Good", dec("0.8")),
            new Classification("kha", "Khá", "Fair", dec("0.65")));
    Framework f =
        fw(
            "100",
            TestData.aggregation(true, Aggregation.BonusPolicy.ADD, List.of(), bands),
            pillar("I", assessed("1", "100")));
    assertThat(score(f, TestData.submission("u", pts("1", "80"))).classification().id())
        .isEqualTo("tot");
    assertThat(score(f, TestData.submission("u", pts("1", "79.99"))).classification().id())
        .isEqualTo("kha");
    assertThat(score(f, TestData.submission("u", pts("1", "65"))).classification().id())
        .isEqualTo("kha");
    assertThat(score(f, TestData.submission("u", pts("1", "50"))).classification().id())
        .isEqualTo("tb");
    assertThat(score(f, TestData.submission("u", pts("1", "49.99"))).classification()).isNull();
  }

  @Test
  void rescaledRoundsHalfUp() {
    // D = 0.05 × 100 / 40 = 0.125 → 0.13
    Framework f =
        fw("100", Aggregation.DEFAULT, pillar("I", assessed("1", "40"), assessed("2", "60")));
    UnitScore u = score(f, TestData.submission("u", pts("1", "0.05"), TestData.notApplicable("2")));
    assertThat(u.rescaled()).isEqualTo(dec("0.13"));
  }
}
