package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.TestData.assertFinding;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.framework;
import static org.opendti.validate.TestData.group;
import static org.opendti.validate.TestData.n;
import static org.opendti.validate.TestData.option;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/** Method parameters and the inputs they read; choice options. */
class MethodCheckTest {

  private static final String C = "/pillars/0/criteria/0";

  private static List<Diagnostic> check(TestData.CriterionBuilder c) {
    return FrameworkCheckerTest.check(framework(group("I", null, c.build())).build());
  }

  private static Method.Ratio ratio(
      List<String> num, List<String> den, String target, String floor) {
    return new Method.Ratio(
        num,
        den,
        target == null ? null : n(target),
        floor == null ? null : n(floor),
        Method.ZeroDenominator.INVALID);
  }

  @Test
  void impliedInputsNeedNoDeclaration() {
    assertThat(check(criterion("1"))).isEmpty();
    assertThat(check(criterion("1").max("2").method(new Method.Assessed("value")))).isEmpty();
  }

  @Test
  void undeclaredInput() {
    assertFinding(
        check(
            criterion("1")
                .input("a", InputKind.COUNT)
                .method(ratio(List.of("a"), List.of("b"), null, null))),
        "unknown-method-input",
        Severity.ERROR,
        C + "/method/denominator/0",
        "input b",
        "declared: a");
  }

  @Test
  void yesNoNeedsABoolean() {
    assertFinding(
        check(criterion("1").input("a", InputKind.COUNT).method(new Method.YesNo("a"))),
        "method-input-kind",
        Severity.ERROR,
        C + "/method/input",
        "is a count",
        "boolean");
  }

  @Test
  void choiceNeedsAChoice() {
    assertFinding(
        check(
            criterion("1")
                .input("a", InputKind.NUMBER)
                .method(new Method.Choice("a", List.of(option("co", "1"))))),
        "method-input-kind",
        Severity.ERROR,
        C + "/method/input",
        "is a number",
        "choice");
  }

  @Test
  void ratioWithoutDenominatorNeedsOnePercent() {
    assertFinding(
        check(
            criterion("1")
                .input("a", InputKind.COUNT)
                .method(ratio(List.of("a"), List.of(), null, null))),
        "ratio-needs-percent",
        Severity.ERROR,
        C + "/method/denominator",
        "single percent input",
        "a");
    assertThat(
            check(
                criterion("1")
                    .input("p", InputKind.PERCENT)
                    .method(ratio(List.of("p"), List.of(), null, null))))
        .isEmpty();
  }

  @Test
  void latenessReadsADate() {
    assertFinding(
        check(
            criterion("1")
                .input("d", InputKind.NUMBER)
                .method(new Method.Lateness("d", null, BigDecimal.ONE))),
        "method-input-kind",
        Severity.ERROR,
        C + "/method/input",
        "is a number",
        "date");
  }

  @Test
  void eventDeductionCountsEvents() {
    assertFinding(
        check(
            criterion("1")
                .input("e", InputKind.NUMBER)
                .method(new Method.EventDeduction(List.of(new Method.EventRate("e", n("0.2")))))),
        "method-input-kind",
        Severity.ERROR,
        C + "/method/events/0/input",
        "is a number",
        "count");
  }

  @Test
  void targetAndFloorOutsideZeroToOne() {
    List<Diagnostic> found =
        check(
            criterion("1")
                .input("a", InputKind.COUNT)
                .input("b", InputKind.COUNT)
                .method(ratio(List.of("a"), List.of("b"), "1.5", "0")));

    assertFinding(
        found, "target-out-of-range", Severity.ERROR, C + "/method/target", "1.5", "(0, 1]");
    assertFinding(
        found, "floor-out-of-range", Severity.ERROR, C + "/method/floor", "floor 0", "(0, 1]");
  }

  @Test
  void externalScoreScaleMustBePositive() {
    assertFinding(
        check(criterion("1").method(new Method.ExternalScore("value", BigDecimal.ZERO))),
        "scale-not-positive",
        Severity.ERROR,
        C + "/method/scale",
        "scale is 0",
        "> 0");
  }

  @Test
  void eventFractionAbove1() {
    assertFinding(
        check(
            criterion("1")
                .input("e", InputKind.COUNT)
                .method(new Method.EventDeduction(List.of(new Method.EventRate("e", n("1.2")))))),
        "event-fraction-out-of-range",
        Severity.ERROR,
        C + "/method/events/0/fraction",
        "1.2",
        "(0, 1]");
  }

  @Test
  void pointsPerMonthMustBePositive() {
    assertFinding(
        check(criterion("1").method(new Method.Lateness(null, null, BigDecimal.ZERO))),
        "points-per-month-not-positive",
        Severity.ERROR,
        C + "/method/pointsPerMonth",
        "is 0",
        "> 0");
  }

  @Test
  void unusedInputIsAWarning() {
    assertFinding(
        check(
            criterion("1")
                .input("a", InputKind.BOOLEAN)
                .input("b", InputKind.COUNT)
                .method(new Method.YesNo("a"))),
        "unused-input",
        Severity.WARNING,
        C + "/inputs/1",
        "input b",
        "yesNo");
  }

  @Test
  void choiceOptions() {
    List<Diagnostic> found =
        check(
            criterion("1")
                .max("2")
                .method(
                    new Method.Choice(
                        "value",
                        List.of(
                            option("chu-tich", "1.2"),
                            option("chu-tich", "0.5"),
                            new Method.Option("khong", "Không", null, null, n("3"))))));

    assertFinding(
        found, "duplicate-option", Severity.ERROR, C + "/method/options/1/id", "chu-tich");
    assertFinding(
        found,
        "option-fraction-out-of-range",
        Severity.ERROR,
        C + "/method/options/0/fraction",
        "1.2",
        "0..1");
    assertFinding(
        found,
        "option-points-out-of-range",
        Severity.ERROR,
        C + "/method/options/2/points",
        "3",
        "0..2");
  }

  /**
   * {@code 003_…} 1.1: chair → max, vice-chair → ½, none → 0; without the chair no one gets max.
   */
  @Test
  void choiceWithoutMaximum() {
    assertFinding(
        check(
            criterion("1.1")
                .max("10")
                .method(
                    new Method.Choice(
                        "value", List.of(option("pho-chu-tich", "0.5"), option("khong", "0"))))),
        "choice-no-max",
        Severity.WARNING,
        C + "/method/options",
        "maximum 10");
  }

  @Test
  void methodsWithNothingToScore() {
    assertFinding(
        check(criterion("1").input("x", InputKind.COUNT).method(new Method.Bands("x", List.of()))),
        "no-bands",
        Severity.ERROR,
        C + "/method/bands",
        "no bands");
    assertFinding(
        check(criterion("1").method(new Method.Choice("value", List.of()))),
        "no-options",
        Severity.ERROR,
        C + "/method/options",
        "no options");
    assertFinding(
        check(criterion("1").method(new Method.EventDeduction(List.of()))),
        "no-events",
        Severity.ERROR,
        C + "/method/events",
        "no events");
    assertFinding(
        check(
            criterion("1")
                .input("b", InputKind.COUNT)
                .method(ratio(List.of(), List.of("b"), null, null))),
        "empty-numerator",
        Severity.ERROR,
        C + "/method/numerator",
        "no numerator");
  }

  @Test
  void bandAndOptionNeedExactlyOneValue() {
    assertFinding(
        check(
            criterion("1")
                .input("x", InputKind.COUNT)
                .method(
                    new Method.Bands(
                        "x", List.of(new Method.Band(null, null, n("1"), n("1"), null))))),
        "band-value",
        Severity.ERROR,
        C + "/method/bands/0",
        "exactly one of fraction and points");
    assertFinding(
        check(
            criterion("1")
                .method(
                    new Method.Choice(
                        "value", List.of(new Method.Option("co", "Có", null, null, null))))),
        "option-value",
        Severity.ERROR,
        C + "/method/options/0",
        "option co");
  }

  @Test
  void inputDeclaredTwice() {
    assertFinding(
        check(
            criterion("1")
                .input("a", InputKind.COUNT)
                .input("a", InputKind.COUNT)
                .method(ratio(List.of("a"), List.of("a"), null, null))),
        "duplicate-input-id",
        Severity.ERROR,
        C + "/inputs/1/id",
        "input a twice");
  }
}
