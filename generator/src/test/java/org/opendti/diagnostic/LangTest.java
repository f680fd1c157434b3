package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void ofReadsTheTwoCodesAndRefusesOthers() {
    assertThat(Lang.of("vi")).isEqualTo(Lang.VI);
    assertThat(Lang.of(" EN ")).isEqualTo(Lang.EN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lang.of("fr"))
        .isInstanceOf(UnknownLanguageException.class)
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("\"fr\"")
        .satisfies(e -> assertThat(((UsageException) e).message(Lang.VI)).contains("tiếng Việt"));
  }

  @Test
  void plainKeepsTheScaleWithTheDecimalMark() {
    assertThat(Lang.VI.plain(new BigDecimal("20.00"))).isEqualTo("20,00");
    assertThat(Lang.EN.plain(new BigDecimal("19.63"))).isEqualTo("19.63");
    assertThat(Lang.VI.plain(new BigDecimal("-0.37"))).isEqualTo("-0,37");
  }

  @Test
  void pickFallsBackToVietnamese() {
    assertThat(Lang.EN.pick("Xã", null)).isEqualTo("Xã");
    assertThat(Lang.EN.pick("Xã", "Commune")).isEqualTo("Commune");
    assertThat(Lang.VI.pick("Xã", "Commune")).isEqualTo("Xã");
  }

  /** What pick falls back to is Vietnamese on an English page, and marked so there. */
  @Test
  void theLanguageOfAPickAndItsAttribute() {
    assertThat(Lang.EN.picked(null)).isEqualTo(Lang.VI);
    assertThat(Lang.EN.picked(" ")).isEqualTo(Lang.VI);
    assertThat(Lang.EN.picked("Commune")).isEqualTo(Lang.EN);
    assertThat(Lang.VI.picked("Commune")).isEqualTo(Lang.VI);
    assertThat(Lang.EN.attributeOfPick(null)).isEqualTo("vi");
    assertThat(Lang.EN.attributeOfPick("Commune")).isEmpty();
    assertThat(Lang.VI.attributeOfPick(null)).isEmpty();
    assertThat(Lang.VI.attribute(Lang.EN)).isEqualTo("en");
  }

  @Test
  void aPercentSignFollowsTheNumber() {
    assertThat(Lang.VI.percent(new BigDecimal("77.30"))).isEqualTo("77,3%");
    assertThat(Lang.EN.percent(new BigDecimal("1234.5"))).isEqualTo("1,234.5%");
  }

  /** The plain formatting the fast one must match: strip zeros, print, group, sign. */
  private static String reference(Lang lang, BigDecimal value, char decimal, char grouping) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(whole.charAt(i));
    }
    if (dot >= 0) {
      out.append(decimal).append(plain.substring(dot + 1));
    }
    return (v.signum() < 0 ? "−" : "") + out;
  }

  @Test
  void numbersOfEverySizeAndScaleMatchThePlainFormatting() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal v =
          new BigDecimal(
              new java.math.BigInteger(1 + random.nextInt(80), random), random.nextInt(30) - 8);
      if (random.nextBoolean()) {
        v = v.negate();
      }
      assertThat(Lang.VI.number(v)).as("%s", v).isEqualTo(reference(Lang.VI, v, ',', '.'));
      assertThat(Lang.EN.number(v)).as("%s", v).isEqualTo(reference(Lang.EN, v, '.', ','));
    }
  }

  @Test
  void datesOfAnyYearMatchThePattern() {
    java.time.format.DateTimeFormatter pattern =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    for (LocalDate d :
        List.of(
            LocalDate.of(1, 1, 1),
            LocalDate.of(999, 12, 31),
            LocalDate.of(1000, 1, 9),
            LocalDate.of(2025, 7, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(10000, 1, 1))) {
      assertThat(Lang.VI.date(d)).isEqualTo(pattern.format(d));
    }
  }

  /** The regular-expression formatting the scanning one must match. */
}
