package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;

class CriterionTextsTest {

  private static final Framework FRAMEWORK = SiteFixture.framework();
  private static final Criterion C11 = FRAMEWORK.criterion("1.1").orElseThrow();

  private static CriterionTexts.Entry entry(Lang lang) {
    return new CriterionTexts(lang, FRAMEWORK).of(C11);
  }

  @Test
  void englishSaysTheSingularAfterExactlyOne() {
    CriterionTexts.Entry en = entry(Lang.EN);
    assertThat(en.unitAfter("b", BigDecimal.ONE)).isEqualTo(" dossier");
    // 1.0 is shown as 1, so it reads as one too.
    assertThat(en.unitAfter("b", new BigDecimal("1.00"))).isEqualTo(" dossier");
    assertThat(en.unitAfter("b", new BigDecimal("1000"))).isEqualTo(" dossiers");
    assertThat(en.unitAfter("b", BigDecimal.ZERO)).isEqualTo(" dossiers");
    assertThat(en.unitAfter("b", new BigDecimal("1.5"))).isEqualTo(" dossiers");
    assertThat(en.unitAfter("b", (BigDecimal) null)).isEqualTo(" dossiers");
  }

  @Test
  void vietnameseAndUnitsWithoutAnEnglishFormAreTheSameAfterOne() {
    assertThat(entry(Lang.VI).unitAfter("b", BigDecimal.ONE)).isEqualTo(" hồ sơ");
    assertThat(entry(Lang.VI).unitAfter("b", BigDecimal.TEN)).isEqualTo(" hồ sơ");
    // a has no English unit: English pages show it as written, after any value.
    assertThat(entry(Lang.EN).unitAfter("a", BigDecimal.ONE)).isEqualTo(" hồ sơ");
    // An input without a unit has none.
    assertThat(entry(Lang.EN).unitAfter("zz", BigDecimal.ONE)).isEmpty();
  }

  @Test
  void aPercentSignFollowsTheNumberAsTheSeedsWriteIt() {
    Criterion share =
        SiteFixture.changed(
            C11,
            C11.nameEn(),
            C11.method(),
            java.util.List.of(
                new org.opendti.model.InputDef(
                    "a", "Tỷ lệ", "Share", org.opendti.model.InputKind.PERCENT, "%")),
            C11.measurement());
    assertThat(new CriterionTexts(Lang.VI, FRAMEWORK).of(share).unitAfter("a", BigDecimal.TEN))
        .isEqualTo("%");
    assertThat(new CriterionTexts(Lang.EN, FRAMEWORK).of(share).unitAfter("a", BigDecimal.ONE))
        .isEqualTo("%");
    // A value and its unit, as what-if rows and the inputs cell say them.
    CriterionTexts vi = new CriterionTexts(Lang.VI, FRAMEWORK);
    assertThat(vi.valueWithUnit(vi.of(share), "a", SiteFixture.num("77.3"))).isEqualTo("77,3%");
    CriterionTexts en = new CriterionTexts(Lang.EN, FRAMEWORK);
    assertThat(en.valueWithUnit(en.of(share), "a", SiteFixture.num("77.3"))).isEqualTo("77.3%");
  }
}
