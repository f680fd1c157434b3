package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.score.Formula;

class FormulaTextTest {

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
