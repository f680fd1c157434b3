package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.insight.AnomalyFixture.P2022;
import static org.opendti.insight.AnomalyFixture.P2023;
import static org.opendti.insight.AnomalyFixture.answer;
import static org.opendti.insight.AnomalyFixture.num;
import static org.opendti.insight.AnomalyFixture.ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.Period;
import org.opendti.model.Unit;
import org.opendti.model.Value;

class AnomalyDetectorTest {

  private static List<String> summary(List<Flag> flags) {
    return flags.stream()
        .map(f -> f.unitId() + " " + f.periodId() + " " + f.criterionId() + " " + f.code())
        .toList();
  }

  @Test
  void cleanCohortRaisesNothing() {
    AnomalyFixture clean = new AnomalyFixture();
    assertThat(clean.dataset().submissions()).hasSize(40);
    assertThat(clean.detect()).isEmpty();
  }

  @Test
  void moved_criterionAndTotalSinceThePreviousPeriod() {
    AnomalyFixture f = new AnomalyFixture();
    LocalDate then = AnomalyFixture.mid(P2022);
    f.put(P2022, "u05", answer("7", Map.of("v", new Value.Bool(false)), null, then));
    f.put(P2022, "u05", answer("8", Map.of("value", num(0)), null, then));
    List<Flag> flags = f.detect();
    assertThat(summary(flags))
        .containsExactly("u05 2023 null moved", "u05 2023 7 moved", "u05 2023 8 moved");
    Flag seven = flags.get(1);
    assertThat(seven.numbers())
        .containsEntry("previous", new BigDecimal("0.00"))
        .containsEntry("current", new BigDecimal("10.00"));
    assertThat(seven.numbers().get("limit")).isEqualByComparingTo("3");
    assertThat(seven.message())
        .isEqualTo("Điểm tiêu chí 7 thay đổi +10 so với kỳ 2022 (0 → 10), vượt ngưỡng 3.");
    assertThat(flags.get(0).numbers().get("limit")).isEqualByComparingTo("12.9"); // 15% of 86
  }

  @Test
  void moved_withinThresholdStaysQuiet() {
    AnomalyFixture f = new AnomalyFixture();
    // 8 goes from 6 + 5 % 5 = 6 to 9: 3 points is not more than 30% of 10.
    f.put(P2023, "u05", answer("8", Map.of("value", num(9)), null, AnomalyFixture.mid(P2023)));
    assertThat(f.detect()).isEmpty();
  }

  @Test
  void moved_mergedUnitIsComparedWithItsPredecessorsRange() {
    AnomalyFixture f = new AnomalyFixture();
    // m1 (2023) replaces u18 and u19 (2022 only); assessed item 8 was 9 and 10 there.
    List<Answer> u18 = new ArrayList<>(f.answers.get("2023").remove("u18").values());
    f.answers.get("2023").remove("u19");
    f.units.add(
        new Unit(
            "m1",
            "Xã Mới",
            null,
            "xa",
            null,
            LocalDate.parse("2023-01-01"),
            null,
            List.of("u19", "u18"),
            List.of(),
            false));
    for (Answer a : u18) {
      f.put(P2023, "m1", a);
    }
    f.put(P2023, "m1", answer("8", Map.of("value", num(9)), null, AnomalyFixture.mid(P2023)));
    assertThat(summary(f.detect())).doesNotContain("m1 2023 8 moved");
    f.put(P2023, "m1", answer("8", Map.of("value", num(2)), null, AnomalyFixture.mid(P2023)));
    Flag moved =
        f.detect().stream().filter(x -> "8".equals(x.criterionId())).findFirst().orElseThrow();
    assertThat(moved.unitId()).isEqualTo("m1");
    assertThat(moved.numbers().get("previousMin")).isEqualByComparingTo("9");
    assertThat(moved.numbers().get("previousMax")).isEqualByComparingTo("10");
    assertThat(moved.numbers().get("change")).isEqualByComparingTo("-7");
    assertThat(moved.message()).contains("u18, u19");
  }

  @Test
  void ratioOutlier_farBelowTheMedian() {
    AnomalyFixture f = new AnomalyFixture();
    Answer now = f.get(P2023, "u07", "3");
    long b = ((Value.Num) now.inputs().get("b")).value().longValue();
    f.put(P2023, "u07", ratio("3", 5, b, AnomalyFixture.mid(P2023)));
    // Also spoil 2022 so the drop is not a "moved" as well.
    f.put(P2022, "u07", ratio("3", 5, b, AnomalyFixture.mid(P2022)));
    List<Flag> flags = f.detect();
    assertThat(summary(flags))
        .containsExactly("u07 2022 3 ratio-outlier", "u07 2023 3 ratio-outlier");
    Flag o = flags.get(1);
    assertThat(o.numbers().get("z")).isLessThan(new BigDecimal("-3.5"));
    assertThat(o.numbers()).containsOnlyKeys("value", "median", "mad", "z");
    assertThat(o.message())
        .startsWith("Giá trị tiêu chí 3 (3.36%) khác xa trung vị 78% của 20 đơn vị");
  }

  @Test
  void ratioOutlier_skippedWithFewerThanEightUnits() {
    AnomalyFixture f = new AnomalyFixture();
    for (int i = 7; i < 20; i++) {
      f.answers.get("2023").remove(AnomalyFixture.id(i));
      f.answers.get("2022").remove(AnomalyFixture.id(i));
    }
    f.put(P2023, "u03", ratio("3", 1, 121, AnomalyFixture.mid(P2023)));
    f.put(P2022, "u03", ratio("3", 1, 121, AnomalyFixture.mid(P2022)));
    assertThat(f.detect()).isEmpty();
  }

  @Test
  void numeratorEqualsDenominator_onMostRatios() {
    AnomalyFixture f = new AnomalyFixture();
    for (Period p : List.of(P2022, P2023)) {
      for (String c : List.of("1", "2", "3", "4", "5")) {
        f.put(p, "u09", ratio(c, 163, 163, AnomalyFixture.mid(p)));
      }
    }
    List<Flag> flags = f.detect().stream().filter(x -> x.periodId().equals("2023")).toList();
    assertThat(summary(flags)).containsExactly("u09 2023 null numerator-equals-denominator");
    assertThat(flags.get(0).numbers().get("equal")).isEqualByComparingTo("5");
    assertThat(flags.get(0).numbers().get("ratioCriteria")).isEqualByComparingTo("6");
    // Four of six (67%) is not enough.
    for (Period p : List.of(P2022, P2023)) {
      f.put(p, "u09", ratio("5", 150, 163, AnomalyFixture.mid(p)));
    }
    assertThat(f.detect()).noneMatch(x -> x.code().equals(Flag.NUMERATOR_EQUALS_DENOMINATOR));
  }

  @Test
  void selfAboveComputed_theSeedsItem12() {
    // 002_… item 12: 75.7% × 6 = 4.542 ≈ 4.54, self-scored 6.
    AnomalyFixture f = new AnomalyFixture();
    f.put(
        P2023,
        "u03",
        answer(
            "9",
            Map.of("p", new Value.Num(new BigDecimal("75.7"))),
            "6",
            AnomalyFixture.mid(P2023)));
    f.put(
        P2023,
        "u04",
        answer(
            "9",
            Map.of("p", new Value.Num(new BigDecimal("75.7"))),
            "4.54",
            AnomalyFixture.mid(P2023)));
    List<Flag> flags = f.detect();
    assertThat(summary(flags)).containsExactly("u03 2023 9 self-above-computed");
    assertThat(flags.get(0).numbers())
        .containsEntry("selfAssessed", new BigDecimal("6"))
        .containsEntry("computed", new BigDecimal("4.54"))
        .containsEntry("difference", new BigDecimal("1.46"));
    assertThat(flags.get(0).weight()).isEqualTo(3);
  }

  @Test
  void rareNotApplicable_whenNineteenOfTwentyAnswer() {
    AnomalyFixture f = new AnomalyFixture();
    Answer na =
        new Answer("2", Map.of(), null, List.of(), null, new Answer.NotApplicable("Không có."));
    f.put(P2023, "u11", na);
    f.put(P2022, "u11", na);
    List<Flag> flags = f.detect().stream().filter(x -> x.periodId().equals("2023")).toList();
    assertThat(summary(flags)).containsExactly("u11 2023 2 rare-not-applicable");
    assertThat(flags.get(0).message())
        .isEqualTo("Báo không phát sinh ở tiêu chí 2, trong khi 19/20 đơn vị có số liệu.");
    // Two claims: 18/20 = 90% still answer, so both are rare.
    f.put(P2023, "u12", na);
    assertThat(f.detect().stream().filter(x -> x.code().equals(Flag.RARE_NOT_APPLICABLE)))
        .extracting(Flag::unitId)
        .contains("u11", "u12");
    // Three claims: 17/20 = 85% is below 90%.
    f.put(P2023, "u13", na);
    assertThat(f.detect().stream().filter(x -> x.periodId().equals("2023")))
        .noneMatch(x -> x.code().equals(Flag.RARE_NOT_APPLICABLE));
  }

  @Test
  void missingEvidence_onlyWhereOptionalAndUsual() {
    AnomalyFixture f = new AnomalyFixture();
    Answer bare = f.get(P2023, "u12", "4");
    f.put(P2023, "u12", new Answer("4", bare.inputs(), null, List.of(), null, null));
    assertThat(summary(f.detect())).containsExactly("u12 2023 4 missing-evidence");
    // When the framework requires evidence the validator reports it, not this check.
    Framework fw = AnomalyFixture.framework();
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : fw.criteria()) {
      criteria.add(
          !c.id().equals("4")
              ? c
              : new Criterion(
                  c.id(),
                  c.name(),
                  null,
                  null,
                  c.maxPoints(),
                  null,
                  c.method(),
                  c.inputs(),
                  new EvidenceRequirement(true, List.of(), null),
                  null,
                  null,
                  null,
                  List.of(),
                  false,
                  false));
    }
    Framework required =
        new Framework(
            fw.id(),
            fw.title(),
            null,
            null,
            null,
            fw.source(),
            fw.level(),
            fw.periods(),
            fw.totalPoints(),
            List.of(new Group("I", "Trụ cột I", null, null, null, List.of(), criteria)),
            List.of(),
            fw.aggregation(),
            fw.rankingGroups());
    assertThat(AnomalyFixture.detect(f.dataset(required))).isEmpty();
  }

  @Test
  void evidenceDateOutsideThePeriod() {
    AnomalyFixture f = new AnomalyFixture();
    Answer a = f.get(P2023, "u13", "5");
    f.put(P2023, "u13", withEvidenceOn(a, "2024-03-01"));
    f.put(P2023, "u14", withEvidenceOn(f.get(P2023, "u14", "5"), "2022-10-01"));
    // 002_… cites 326/BC-UBND of 15/12/2023 for the period ending 14/11/2023: within 60 days.
    f.put(P2023, "u15", withEvidenceOn(f.get(P2023, "u15", "5"), "2023-12-15"));
    List<Flag> flags = f.detect();
    assertThat(summary(flags))
        .containsExactly(
            "u13 2023 5 evidence-date-outside-period", "u14 2023 5 evidence-date-outside-period");
    assertThat(flags.get(0).numbers()).containsEntry("daysAfter", BigDecimal.valueOf(108));
    assertThat(flags.get(1).numbers()).containsEntry("daysBefore", BigDecimal.valueOf(45));
    assertThat(flags.get(0).message())
        .isEqualTo(
            "Tài liệu 245/BC-UBND ngày 2024-03-01 nằm ngoài kỳ 2022-11-15 – 2023-11-14 (108 ngày"
                + " sau khi kỳ kết thúc).");
  }

  @Test
  void flagsAreSortedAndNeverChangeScores() {
    AnomalyFixture f = new AnomalyFixture();
    f.put(
        P2023,
        "u03",
        answer(
            "9",
            Map.of("p", new Value.Num(new BigDecimal("75.7"))),
            "6",
            AnomalyFixture.mid(P2023)));
    f.put(P2023, "u01", withEvidenceOn(f.get(P2023, "u01", "5"), "2025-01-01"));
    f.put(P2022, "u05", answer("7", Map.of("v", new Value.Bool(false)), null, P2022.end()));
    var data = f.dataset();
    var scores = new org.opendti.score.Scorer().score(data, org.opendti.model.ArrivalTimes.none());
    List<Flag> flags = new AnomalyDetector().detect(data, scores);
    assertThat(flags).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(Flag.ORDER);
    assertThat(new org.opendti.score.Scorer().score(data, org.opendti.model.ArrivalTimes.none()))
        .isEqualTo(scores);
  }

  private static Answer withEvidenceOn(Answer a, String date) {
    return answer(a.criterion(), a.inputs(), null, LocalDate.parse(date));
  }
}
