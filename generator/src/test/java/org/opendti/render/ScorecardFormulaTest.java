package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
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
  private static Formula scored(String label, String fraction, String points) {
    return new Formula(
        label + ": {0} × {1} = {2}",
        List.of(new BigDecimal(fraction), BigDecimal.TEN, new BigDecimal(points)));
  }

  @Test
  void theChosenOptionsLabelLeavesTheFormula() {
    Formula f = scored("Phó Chủ tịch", "0.5", "5");
    assertThat(FormulaText.format(f, Lang.VI)).isEqualTo("Phó Chủ tịch: 0,5 × 10 = 5");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.VI))
        .isEqualTo("0,5 × 10 = 5");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.EN))
        .isEqualTo("0.5 × 10 = 5");
  }

  @Test
  void anotherOptionThanTheOneShownStaysInTheReadersLanguage() {
    // A reviewer's correction scored another option than the unit's answer the inputs cell shows.
    Formula f = scored("Chủ tịch", "1", "10");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.VI))
        .isEqualTo("Chủ tịch: 1 × 10 = 10");
    assertThat(ScorecardPage.formula(f, LEVEL, chose("pho-chu-tich"), Lang.EN))
        .isEqualTo("Chair: 1 × 10 = 10");
    Formula fixed = new Formula("Không có → {0}", List.of(BigDecimal.ZERO));
    assertThat(ScorecardPage.formula(fixed, LEVEL, null, Lang.EN)).isEqualTo("None → 0");
  }

  @Test
  void otherMethodsAndMissingFormulasAreFormattedAsTheyAre() {
    Formula f = new Formula("{0} / {1}", List.of(BigDecimal.ONE, BigDecimal.TEN));
    Criterion other = SiteFixture.framework().criteria().get(0);
    assertThat(ScorecardPage.formula(f, other, chose("pho-chu-tich"), Lang.EN)).isEqualTo("1 / 10");
    assertThat(ScorecardPage.formula(null, LEVEL, chose("khong"), Lang.VI)).isEmpty();
  }
}
