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
  private static String referenceFormula(Formula f, Lang lang) {
    String text =
        java.util.regex.Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])")
            .matcher(f.pattern())
            .replaceAll("$3/$2/$1");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String value = i < f.args().size() ? lang.number(f.args().get(i)) : m.group();
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void formulasOfAnyShapeMatchTheRegularExpressionFormatting() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "{}0123456789--x ≤$\\";
    List<BigDecimal> args =
        List.of(new BigDecimal("1234.50"), BigDecimal.ONE, new BigDecimal("-7"));
    for (int i = 0; i < 20_000; i++) {
      StringBuilder pattern = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        pattern.append(
            random.nextInt(6) == 0
                ? "2024-01-3" + random.nextInt(10)
                : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      Formula f = new Formula(pattern.toString(), args);
      String expected;
      try {
        expected = referenceFormula(f, Lang.VI);
      } catch (NumberFormatException e) {
        // An argument number beyond int: both refuse it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormulaText.format(f, Lang.VI))
            .isInstanceOf(NumberFormatException.class);
        continue;
      }
      assertThat(FormulaText.format(f, Lang.VI)).as(pattern.toString()).isEqualTo(expected);
    }
  }
}
