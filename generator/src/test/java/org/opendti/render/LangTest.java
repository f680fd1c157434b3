package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.score.Formula;

class LangTest {

  @Test
  void vietnameseUsesDecimalCommaAndDotGrouping() {
    assertThat(Lang.VI.number(new BigDecimal("9.98"))).isEqualTo("9,98");
    assertThat(Lang.VI.number(new BigDecimal("1000"))).isEqualTo("1.000");
    assertThat(Lang.VI.number(new BigDecimal("1234567.50"))).isEqualTo("1.234.567,5");
    assertThat(Lang.VI.number(new BigDecimal("-0.25"))).isEqualTo("−0,25");
    assertThat(Lang.VI.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
  }

  @Test
  void englishUsesDecimalPointAndCommaGrouping() {
    assertThat(Lang.EN.number(new BigDecimal("9.98"))).isEqualTo("9.98");
    assertThat(Lang.EN.number(new BigDecimal("1000"))).isEqualTo("1,000");
    assertThat(Lang.EN.number(new BigDecimal("999"))).isEqualTo("999");
    assertThat(Lang.EN.number(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.5");
  }

  @Test
  void pointsRoundHalfUpToTwoDecimals() {
    assertThat(Lang.VI.points(new BigDecimal("4.545"))).isEqualTo("4,55");
    assertThat(Lang.EN.points(new BigDecimal("10.00"))).isEqualTo("10");
    assertThat(Lang.EN.signed(new BigDecimal("2"))).isEqualTo("+2");
    assertThat(Lang.VI.signed(new BigDecimal("-1.5"))).isEqualTo("−1,5");
  }

  @Test
  void datesAreDayMonthYear() {
    assertThat(Lang.VI.date(LocalDate.of(2023, 11, 5))).isEqualTo("05/11/2023");
    assertThat(Lang.EN.date(LocalDate.of(2023, 11, 5))).isEqualTo("05/11/2023");
  }

  @Test
  void formulasAreFormattedPerLanguage() {
    Formula f =
        new Formula(
            "{0} / {1} × {2} = {3}; {10}",
            List.of(
                new BigDecimal("998"),
                new BigDecimal("1000"),
                BigDecimal.TEN,
                new BigDecimal("9.98")));
    assertThat(FormulaText.format(f, Lang.VI)).isEqualTo("998 / 1.000 × 10 = 9,98; {10}");
    assertThat(FormulaText.format(f, Lang.EN)).isEqualTo("998 / 1,000 × 10 = 9.98; {10}");
  }

  @Test
  void isoDatesInFormulasAreShownDayMonthYear() {
    Formula f = new Formula("2023-10-17 ≤ 2023-11-25 → {0}", List.of(new BigDecimal("8")));
    assertThat(FormulaText.format(f, Lang.VI)).isEqualTo("17/10/2023 ≤ 25/11/2023 → 8");
  }

  @Test
  void pickFallsBackToVietnamese() {
    assertThat(Lang.EN.pick("Xã", null)).isEqualTo("Xã");
    assertThat(Lang.EN.pick("Xã", "Commune")).isEqualTo("Commune");
    assertThat(Lang.VI.pick("Xã", "Commune")).isEqualTo("Xã");
  }
}
