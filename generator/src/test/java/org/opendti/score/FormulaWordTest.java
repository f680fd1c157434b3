package org.opendti.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.score.TestData.band;
import static org.opendti.score.TestData.bool;
import static org.opendti.score.TestData.criterion;
import static org.opendti.score.TestData.in;
import static org.opendti.score.TestData.input;
import static org.opendti.score.TestData.num;
import static org.opendti.score.TestData.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;

/**
 * The words a scorer writes into a formula are in the reader's language: an English scorecard reads
 * "no → 0", a Vietnamese one "không → 0", as it always has.
 */
class FormulaWordTest {

  private static final Criterion YES_NO =
      criterion("2.1", "20", new Method.YesNo("value"), input("value", InputKind.BOOLEAN));

  private static final Criterion CHAIR =
      criterion(
          "1.1",
          "20",
          new Method.Choice(
              "value", List.of(TestData.fractionOption("chu-tich", "Bí thư/Chủ tịch", "1"))),
          input("value", InputKind.CHOICE));

  /** {@code 000_…} I.1.1 item 1: exactly 1 time falls between the bands. */
  private static final Criterion GAP =
      criterion(
          "I.1.1.1",
          "2",
          new Method.Bands(
              "value", List.of(band("4", null, null, "2"), band(null, "1", null, "0"))),
          input("value", InputKind.NUMBER));

  private static final Criterion BY_ARRIVAL =
      criterion("2", "5", new Method.Lateness(null, null, TestData.dec("1")));

  private static final Criterion VNEID =
      criterion("12", "6", TestData.ratio(List.of("p"), List.of()), input("p", InputKind.PERCENT));

  static Stream<Arguments> formulas() {
    return Stream.of(
        row("có → 20", "yes → 20", () -> score(YES_NO, in("value", bool(true)))),
        row("không → 0", "no → 0", () -> score(YES_NO, in("value", bool(false)))),
        row(
            "la ∉ lựa chọn → 0",
            "la ∉ the options → 0",
            () -> score(CHAIR, in("value", text("la")))),
        row("1 ∉ mức nào → 0", "1 ∉ any band → 0", () -> score(GAP, in("value", num("1")))),
        row(
            "không rõ thời điểm nộp → đúng hạn → 5",
            "submission time unknown → on time → 5",
            () -> score(BY_ARRIVAL, Map.of())),
        row("không có số liệu → 0", "no data → 0", () -> score(VNEID, Map.of())),
        row(
            "không phát sinh",
            "not applicable",
            () -> scored(VNEID, TestData.notApplicable("12"), List.of())),
        row(
            "thẩm tra → 4",
            "reviewed → 4",
            () ->
                scored(
                    VNEID,
                    TestData.answer("12", in("p", num("100"))),
                    List.of(TestData.pointsCorrection("12", "4")))));
  }

  private static Arguments row(String vi, String en, Supplier<CriterionScore> score) {
    return Arguments.of(vi, en, score);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formulas")
  void theScorersWordsAreInTheReadersLanguage(
      String vi, String en, Supplier<CriterionScore> score) {
    Formula f = score.get().formula();
    assertThat(f.in(Lang.VI)).isEqualTo(vi);
    assertThat(f.in(Lang.EN)).isEqualTo(en);
    assertThat(f.plain()).isEqualTo(vi);
    assertThat(f.pattern(Lang.EN)).doesNotContain("{~");
  }

  @Test
  void everyWordHasBothLanguagesAndADistinctCode() {
    for (FormulaWord w : FormulaWord.values()) {
      assertThat(w.in(Lang.VI)).isNotBlank();
      assertThat(w.in(Lang.EN)).isNotBlank().isNotEqualTo(w.in(Lang.VI));
      assertThat(FormulaWord.of(w.code)).isSameAs(w);
      Formula f = new Formula("a " + w.token() + " → {0}", List.of(BigDecimal.ONE));
      assertThat(f.pattern(Lang.EN)).isEqualTo("a " + w.in(Lang.EN) + " → {0}");
      assertThat(f.in(Lang.VI)).isEqualTo("a " + w.in(Lang.VI) + " → 1");
    }
  }

  @Test
  void textThatOnlyLooksLikeAWordStaysAsWritten() {
    // A framework's label may hold braces; only known words are replaced.
    Map<String, String> expected =
        Map.of(
            "{~}", "{~}",
            "{~maybe} {~no}", "{~maybe} no",
            "x {~no", "x {~no",
            "{~", "{~",
            "{0} {~yes}{~yes}", "{0} yesyes");
    expected.forEach(
        (pattern, en) ->
            assertThat(new Formula(pattern, List.of()).pattern(Lang.EN)).as(pattern).isEqualTo(en));
    assertThat(new Formula("{~no-data}", List.of()).pattern(Lang.VI)).isEqualTo("không có số liệu");
  }

  private static CriterionScore score(Criterion c, Map<String, org.opendti.model.Value> inputs) {
    return TestData.scoreInputs(c, inputs);
  }

  private static CriterionScore scored(
      Criterion c, org.opendti.model.Answer answer, List<Review.Correction> corrections) {
    return TestData.scoreReviewed(c, answer, corrections.toArray(Review.Correction[]::new));
  }
}
