package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.Method;
import org.opendti.model.Value;
import org.opendti.score.Formula;

/**
 * A choice's chosen option is said once on a scorecard row: in the inputs cell, not the formula;
 * another option (a reviewer's) is said in the reader's language.
 */
class ScorecardFormulaTest {

  private static final Criterion LEVEL = SiteFixture.framework().criterion("2.1").orElseThrow();

  private static Answer chose(String option) {
    return new Answer("2.1", Map.of("muc", new Value.Text(option)), null, List.of(), null, null);
  }

  /** The formula ChoiceScoring writes for an option with a fraction of the maximum. */
  private static Formula scored(String option, String fraction, String points) {
    Method.Option o = option(option);
    return new Formula(
        "{0} × {1} = {2}",
        List.of(new BigDecimal(fraction), BigDecimal.TEN, new BigDecimal(points)),
        new Formula.Lead(o.id(), o.labelOrId(), o.labelEn(), ": ", true));
  }

  private static Method.Option option(String id) {
    return ((Method.Choice) LEVEL.method())
        .options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theChosenOptionsLabelLeavesTheFormula() {
    Formula f = scored("pho-chu-tich", "0.5", "5");
    assertThat(FormulaText.format(f, Lang.VI)).isEqualTo("Phó Chủ tịch: 0,5 × 10 = 5");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.VI))
        .isEqualTo("0,5 × 10 = 5");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.EN))
        .isEqualTo("0.5 × 10 = 5");
  }

  @Test
  void anotherOptionThanTheOneShownStaysInTheReadersLanguage() {
    // A reviewer's correction scored another option than the unit's answer the inputs cell shows.
    Formula f = scored("chu-tich", "1", "10");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.VI))
        .isEqualTo("Chủ tịch: 1 × 10 = 10");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.EN))
        .isEqualTo("Chair: 1 × 10 = 10");
    Formula fixed =
        new Formula(
            "{0}",
            List.of(BigDecimal.ZERO), new Formula.Lead("khong", "Không có", "None", " → ", true));
    assertThat(ScorecardPage.formula(fixed, LEVEL, null, Lang.EN)).isEqualTo("None → 0");
  }

  @Test
  void aLabelIsSaidAsWrittenNeverReadAsTheFormulasNumbersOrWords() {
    // Braces mean the formula's numbers and words, and ISO dates become dd/MM/yyyy: in a
    // framework's label they are text, kept out of the pattern (Formula.Lead).
    Formula f =
        new Formula(
            "{0} × {1} = {2}",
            List.of(new BigDecimal("0.5"), BigDecimal.TEN, new BigDecimal("5")),
            new Formula.Lead("dat", "Đạt {0} lần {~options} từ 2024-01-02", null, ": ", true));
    assertThat(FormulaText.format(f, Lang.VI))
        .isEqualTo("Đạt {0} lần {~options} từ 2024-01-02: 0,5 × 10 = 5");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.EN))
        .isEqualTo("Đạt {0} lần {~options} từ 2024-01-02: 0.5 × 10 = 5");
    assertThat(f.in(Lang.EN)).isEqualTo("Đạt {0} lần {~options} từ 2024-01-02: 0.5 × 10 = 5");
    assertThat(f.plain()).isEqualTo("Đạt {0} lần {~options} từ 2024-01-02: 0.5 × 10 = 5");
  }

  @Test
  void anUnknownOptionIsSaidEvenWhereTheInputsCellShowsIt() {
    Formula f =
        new Formula(
            "{0}", List.of(BigDecimal.ZERO), new Formula.Lead("x", "x", null, " ∉ ", false));
    assertThat(ScorecardPage.formula(f, LEVEL, chose("x"), Lang.VI)).isEqualTo("x ∉ 0");
  }

  @Test
  void otherMethodsAndMissingFormulasAreFormattedAsTheyAre() {
    Formula f = new Formula("{0} / {1}", List.of(BigDecimal.ONE, BigDecimal.TEN));
    Criterion other = SiteFixture.framework().criteria().get(0);
    assertThat(ScorecardPage.formula(f, other, chose("pho-chu-tich"), Lang.EN)).isEqualTo("1 / 10");
    assertThat(ScorecardPage.formula(null, LEVEL, chose("khong"), Lang.VI)).isEmpty();
  }
}
