package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.date;
import static org.opendti.score.TestData.dec;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.scoreInputs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.model.ArrivalTimes;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/** {@code 002_…} items 1–2: "trễ so với thời gian quy định thì sẽ trừ 01 điểm/tháng". */
class LatenessScoringTest {

  private static final Criterion PLAN =
      criterion(
          "1",
          "8",
          new Method.Lateness("issued", LocalDate.parse("2023-03-31"), dec("1")),
          input("issued", InputKind.DATE));

  /** Lateness by arrival time against the period's deadline 2023-11-25. */
  private static final Criterion BY_ARRIVAL =
      criterion("2", "5", new Method.Lateness(null, null, dec("1")));

  @Test
  void seed002item1_issuedOnDueDateIsOnTime() {
    CriterionScore s = scoreInputs(PLAN, in("issued", date("2023-03-31")));
    assertThat(s.points()).isEqualByComparingTo("8");
    assertThat(s.formula().plain()).isEqualTo("2023-03-31 ≤ 2023-03-31 → 8");
  }

  @Test
  void seed002item1_twoStartedMonthsLateCostsTwo() {
    CriterionScore s = scoreInputs(PLAN, in("issued", date("2023-05-15")));
    assertThat(s.points()).isEqualByComparingTo("6");
    assertThat(s.formula().plain()).isEqualTo("2023-05-15 > 2023-03-31: 8 − 1 × 2 = 6");
  }

  @Test
  void seed002item1_oneDayLateIsOneStartedMonth() {
    assertThat(scoreInputs(PLAN, in("issued", date("2023-04-01"))).points())
        .isEqualByComparingTo("7");
  }

  @Test
  void seed002item1_neverBelowZero() {
    assertThat(scoreInputs(PLAN, in("issued", date("2024-03-01"))).points())
        .isEqualByComparingTo("0");
  }

  @Test
  void startedMonths() {
    LocalDate due = LocalDate.parse("2023-03-31");
    assertThat(LatenessScoring.startedMonths(due, LocalDate.parse("2023-04-30"))).isEqualTo(1);
    assertThat(LatenessScoring.startedMonths(due, LocalDate.parse("2023-05-31"))).isEqualTo(2);
    assertThat(LatenessScoring.startedMonths(due, LocalDate.parse("2023-06-01"))).isEqualTo(3);
    assertThat(
            LatenessScoring.startedMonths(
                LocalDate.parse("2023-01-15"), LocalDate.parse("2023-02-15")))
        .isEqualTo(1);
  }

  @Test
  void seed002item2_arrivalLateInVietnamTimeAgainstPeriodDeadline() {
    // 2023-11-25T17:30Z is 2023-11-26 00:30 in Hà Nội: one day after the deadline.
    ArrivalTimes times = file -> java.util.Optional.of(Instant.parse("2023-11-25T17:30:00Z"));
    CriterionScore s = TestData.scoreOne(BY_ARRIVAL, TestData.answer("2", Map.of()), times);
    assertThat(s.points()).isEqualByComparingTo("4");
    assertThat(s.formula().plain()).isEqualTo("2023-11-26 > 2023-11-25: 5 − 1 × 1 = 4");
  }

  @Test
  void seed002item2_arrivalBeforeMidnightVietnamTimeIsOnTime() {
    ArrivalTimes times =
        ArrivalTimes.of(
            Map.of("submissions/test-fw/2023/u.json", Instant.parse("2023-11-25T16:59:59Z")));
    CriterionScore s = TestData.scoreOne(BY_ARRIVAL, TestData.answer("2", Map.of()), times);
    assertThat(s.points()).isEqualByComparingTo("5");
  }

  @Test
  void seed002item2_unknownArrivalIsOnTimeAndSaysSo() {
    CriterionScore s = TestData.scoreOne(BY_ARRIVAL, TestData.answer("2", Map.of()));
    assertThat(s.points()).isEqualByComparingTo("5");
    assertThat(s.formula().plain()).isEqualTo("không rõ thời điểm nộp → đúng hạn → 5");
  }
}
