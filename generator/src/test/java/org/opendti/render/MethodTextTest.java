package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.render.view.TextPart;

class MethodTextTest {

  private static Criterion criterion(Method m, List<InputDef> inputs) {
    return criterion("Share", m, inputs);
  }

  /** Criterion 6.5 "Tỷ lệ" with {@code nameEn} (null: no English name). */
  private static Criterion criterion(String nameEn, Method m, List<InputDef> inputs) {
    return new Criterion(
        "6.5",
        "Tỷ lệ",
        nameEn,
        null,
        new BigDecimal("2.5"),
        null,
        m,
        inputs,
        EvidenceRequirement.NONE,
        null,
        null,
        null,
        List.of(),
        false,
        false);
  }

  private static final List<InputDef> AB =
      List.of(
          new InputDef("a", "Hồ sơ trực tuyến", "Online", InputKind.COUNT, null),
          new InputDef("b", "Tổng hồ sơ", "All", InputKind.COUNT, null));

  @Test
  void ratioWithFloorSeed003_6_5() {
    Criterion c =
        criterion(
            new Method.Ratio(
                List.of("a"),
                List.of("b"),
                null,
                new BigDecimal("0.6"),
                Method.ZeroDenominator.INVALID),
            AB);
    assertThat(MethodText.describe(Lang.VI, c))
        .isEqualTo(
            "Tỷ lệ r = (Hồ sơ trực tuyến) / (Tổng hồ sơ). r = 100%: 2,5 điểm; từ 60% đến"
                + " dưới 100%: r × 2,5; dưới 60%: 0 điểm.");
    assertThat(MethodText.describe(Lang.EN, c))
        .isEqualTo(
            "Ratio r = (Online) / (All). r = 100%: 2.5 points; from 60% to below 100%:"
                + " r × 2.5; below 60%: 0 points.");
  }

  @Test
  void ratioAgainstTargetSeed003_4_7() {
    Criterion c =
        criterion(
            new Method.Ratio(
                List.of("a"),
                List.of("b"),
                new BigDecimal("0.5"),
                null,
                Method.ZeroDenominator.MAX),
            AB);
    assertThat(MethodText.describe(Lang.VI, c))
        .endsWith("r ≥ 50%: 2,5 điểm; dưới đó: r / 50% × 2,5. Mẫu số bằng 0: 2,5 điểm.");
  }

  @Test
  void cohortVariantsAreWordedDifferently() {
    Criterion best =
        criterion(
            new Method.Cohort(List.of("a"), List.of(), Method.CohortVariant.RELATIVE_TO_BEST), AB);
    Criterion minMax =
        criterion(new Method.Cohort(List.of("a"), List.of(), Method.CohortVariant.MIN_MAX), AB);
    assertThat(MethodText.describe(Lang.EN, best)).contains("x / x_best × 2.5");
    assertThat(MethodText.describe(Lang.EN, minMax)).contains("(x − x_min) / (x_best − x_min)");
  }

  @Test
  void bandsListEveryInterval() {
    Criterion c =
        criterion(
            new Method.Bands(
                "n",
                List.of(
                    new Method.Band(new BigDecimal("12"), null, BigDecimal.ONE, null, null),
                    new Method.Band(
                        new BigDecimal("8"),
                        new BigDecimal("12"),
                        new BigDecimal("0.75"),
                        null,
                        null),
                    new Method.Band(null, new BigDecimal("5"), null, BigDecimal.ZERO, null))),
            List.of(new InputDef("n", "Số bài", "Articles", InputKind.COUNT, "bài")));
    assertThat(MethodText.describe(Lang.EN, c))
        .isEqualTo(
            "Articles — 12 or more: 100% of the maximum; from 8 to below 12: 75% of the"
                + " maximum; below 5: 0 points.");
  }

  @Test
  void omittedSingleInputUsesTheCriterionName() {
    Criterion c = criterion(new Method.ExternalScore("value", new BigDecimal("100")), List.of());
    assertThat(MethodText.describe(Lang.VI, c)).isEqualTo("Điểm = Tỷ lệ × 2,5 / 100.");
  }

  @Test
  void eventDeductionAndLateness() {
    Criterion ev =
        criterion(
            new Method.EventDeduction(List.of(new Method.EventRate("m", new BigDecimal("0.2")))),
            List.of(
                new InputDef(
                    "m", "Báo cáo tháng chậm", "Late monthly reports", InputKind.COUNT, null)));
    assertThat(MethodText.describe(Lang.EN, ev))
        .isEqualTo(
            "2.5 points, each \"Late monthly reports\" costs 20% of the maximum; not below 0.");
    Criterion late = criterion(new Method.Lateness(null, null, BigDecimal.ONE), List.of());
    assertThat(MethodText.describe(Lang.VI, late))
        .isEqualTo(
            "ngày gửi báo cáo so với hạn nộp của kỳ: đúng hạn 2,5 điểm; trừ 1 điểm mỗi tháng"
                + " chậm, không dưới 0.");
  }

  /**
   * On an English page the framework's Vietnamese-only labels are parts of their own, marked "vi";
   * the Vietnamese page is one part in its own language. The marks that cut the sentence are
   * private-use characters: one inside a label is dropped, and cannot open or close a part.
   */
  @Test
  void partsMarkWhatHasNoEnglish() {
    List<InputDef> viOnly =
        List.of(
            new InputDef("a", "Hồ sơ \uE001trực\uE000 tuyến", null, InputKind.COUNT, null),
            new InputDef("b", "Tổng hồ sơ", "All", InputKind.COUNT, null));
    Criterion c =
        criterion(
            new Method.Ratio(
                List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.INVALID),
            viOnly);

    assertThat(MethodText.parts(Lang.EN, c))
        .containsExactly(
            new TextPart("Ratio r = (", ""),
            new TextPart("Hồ sơ trực tuyến", "vi"),
            new TextPart(") / (All). Points = r × 2.5, at most 2.5.", ""));
    assertThat(MethodText.parts(Lang.VI, c))
        .containsExactly(
            new TextPart(
                "Tỷ lệ r = (Hồ sơ trực tuyến) / (Tổng hồ sơ). Điểm = r × 2,5, tối đa 2,5 điểm.",
                ""));
    assertThat(MethodText.describe(Lang.EN, c))
        .isEqualTo("Ratio r = (Hồ sơ trực tuyến) / (All). Points = r × 2.5, at most 2.5.");
  }

  /** A choice's option without English is marked; the criterion's own name stands for "value". */
  @Test
  void partsMarkOptionsAndTheCriterionNameWithoutEnglish() {
    Criterion choice =
        criterion(
            new Method.Choice(
                "muc",
                List.of(
                    new Method.Option("ct", "Chủ tịch", null, BigDecimal.ONE, null),
                    new Method.Option("pct", "Phó chủ tịch", "Vice-chair", null, BigDecimal.ONE))),
            List.of(new InputDef("muc", "Cấp", "Level", InputKind.CHOICE, null)));
    assertThat(MethodText.parts(Lang.EN, choice))
        .containsExactly(
            new TextPart("Level — ", ""),
            new TextPart("Chủ tịch", "vi"),
            new TextPart(": 100% of the maximum; Vice-chair: 1 point.", ""));
    Criterion noEnglishName =
        criterion(null, new Method.ExternalScore("value", new BigDecimal("100")), List.of());
    assertThat(MethodText.parts(Lang.EN, noEnglishName))
        .containsExactly(
            new TextPart("Points = ", ""),
            new TextPart("Tỷ lệ", "vi"),
            new TextPart(" × 2.5 / 100.", ""));
  }
}
