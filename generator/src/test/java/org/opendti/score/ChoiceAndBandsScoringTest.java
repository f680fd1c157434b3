package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.band;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.scoreInputs;
import static org.opendti.score.TestData.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

class ChoiceAndBandsScoringTest {

  /** {@code 002_…} item 3: university IT → 5, college → 4, standard → 3 (points). */
  private static final Criterion QUALIFICATION =
      criterion(
          "3",
          "5",
          new Method.Choice(
              "value",
              List.of(
                  TestData.pointsOption("dai-hoc", "Đại học CNTT", "5"),
                  TestData.pointsOption("cao-dang", "Trung học hoặc cao đẳng CNTT", "4"),
                  TestData.pointsOption("dat-chuan", "Đạt chuẩn vị trí việc làm", "3"))),
          input("value", InputKind.CHOICE));

  /** {@code 003_…} 1.1: chair → max, vice-chair → ½ max, none → 0 (fractions). */
  private static final Criterion CHAIR =
      criterion(
          "1.1",
          "20",
          new Method.Choice(
              "value",
              List.of(
                  TestData.fractionOption("chu-tich", "Bí thư/Chủ tịch", "1"),
                  TestData.fractionOption("pho-chu-tich", "Phó Bí thư/Phó Chủ tịch", "0.5"),
                  TestData.fractionOption("khong", "Chưa có", "0"))),
          input("value", InputKind.CHOICE));

  /** {@code 000_…} I.1.1 items 4–5: ≥ 12 → max, 8–11 → 75%, 5–7 → 50%, else 0. */
  private static final Criterion ARTICLES =
      criterion(
          "I.1.1.4",
          "2",
          new Method.Bands(
              "value",
              List.of(
                  band("12", null, "1", null),
                  band("8", "12", "0.75", null),
                  band("5", "8", "0.5", null),
                  band(null, "5", "0", null))),
          input("value", InputKind.COUNT));

  /** {@code 001_…} III.14: ≥ 500 triệu → 1; 100–500 → 0.5; &lt; 100 → 0 (points). */
  private static final Criterion MONEY =
      criterion(
          "III.14",
          "1",
          new Method.Bands(
              "value",
              List.of(
                  band("500", null, null, "1"),
                  band("100", "500", null, "0.5"),
                  band(null, "100", null, "0"))),
          input("value", InputKind.MONEY));

  @Test
  void seed002item3_qualificationLevels5_4_3() {
    assertThat(scoreInputs(QUALIFICATION, in("value", text("dai-hoc"))).points())
        .isEqualByComparingTo("5");
    assertThat(scoreInputs(QUALIFICATION, in("value", text("cao-dang"))).points())
        .isEqualByComparingTo("4");
    CriterionScore standard = scoreInputs(QUALIFICATION, in("value", text("dat-chuan")));
    assertThat(standard.points()).isEqualByComparingTo("3");
    assertThat(standard.formula().plain()).isEqualTo("Đạt chuẩn vị trí việc làm → 3");
  }

  @Test
  void seed003item1_1_chairViceChairNone() {
    assertThat(scoreInputs(CHAIR, in("value", text("chu-tich"))).points())
        .isEqualByComparingTo("20");
    CriterionScore vice = scoreInputs(CHAIR, in("value", text("pho-chu-tich")));
    assertThat(vice.points()).isEqualByComparingTo("10");
    assertThat(vice.formula().plain()).isEqualTo("Phó Bí thư/Phó Chủ tịch: 0.5 × 20 = 10");
    assertThat(scoreInputs(CHAIR, in("value", text("khong"))).points()).isEqualByComparingTo("0");
  }

  @Test
  void unknownOptionScoresZeroWithoutThrowing() {
    CriterionScore s = scoreInputs(CHAIR, in("value", text("la")));
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.status()).isEqualTo(CriterionScore.Status.SCORED);
  }

  @Test
  void seed000itemI_1_1_countBands() {
    assertThat(scoreInputs(ARTICLES, in("value", num("12"))).points()).isEqualByComparingTo("2");
    assertThat(scoreInputs(ARTICLES, in("value", num("11"))).points()).isEqualByComparingTo("1.5");
    assertThat(scoreInputs(ARTICLES, in("value", num("8"))).points()).isEqualByComparingTo("1.5");
    assertThat(scoreInputs(ARTICLES, in("value", num("7"))).points()).isEqualByComparingTo("1");
    assertThat(scoreInputs(ARTICLES, in("value", num("5"))).points()).isEqualByComparingTo("1");
    assertThat(scoreInputs(ARTICLES, in("value", num("4"))).points()).isEqualByComparingTo("0");
    assertThat(scoreInputs(ARTICLES, in("value", num("9"))).formula().plain())
        .isEqualTo("9 ∈ [8, 12) → 0.75 × 2 = 1.5");
  }

  @Test
  void seed001itemIII_14_moneyBands() {
    assertThat(scoreInputs(MONEY, in("value", num("500"))).points()).isEqualByComparingTo("1");
    assertThat(scoreInputs(MONEY, in("value", num("499.9"))).points()).isEqualByComparingTo("0.5");
    assertThat(scoreInputs(MONEY, in("value", num("100"))).points()).isEqualByComparingTo("0.5");
    assertThat(scoreInputs(MONEY, in("value", num("99"))).points()).isEqualByComparingTo("0");
    assertThat(scoreInputs(MONEY, in("value", num("750"))).formula().plain())
        .isEqualTo("750 ≥ 500 → 1");
  }

  @Test
  void seed000itemI_1_1_item1_gapInBandsScoresZero() {
    // 000_… I.1.1 item 1: 4 times/year, 2–3 times, "< 1" time: exactly 1 time has no band.
    Criterion c =
        criterion(
            "I.1.1.1",
            "2",
            new Method.Bands(
                "value",
                List.of(
                    band("4", null, "1", null),
                    band("2", "4", "0.5", null),
                    band(null, "1", "0", null))),
            input("value", InputKind.COUNT));
    CriterionScore s = scoreInputs(c, in("value", num("1")));
    assertThat(s.points()).isEqualByComparingTo("0");
    assertThat(s.formula().plain()).isEqualTo("1 ∉ mức nào → 0");
  }
}
