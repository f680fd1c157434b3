package org.opendti.load.internal;

import java.util.Locale;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/** Maps a method object, discriminated by {@code type} (docs/formats.md, "Methods"). */
final class MethodMapper {

  /** The input id single-input methods read when {@code input} is omitted (docs/formats.md). */
  static final String DEFAULT_INPUT = "value";

  private MethodMapper() {}

  static Method map(Node n) {
    return switch (n.text("type")) {
      case "yesNo" -> new Method.YesNo(input(n));
      case "ratio" ->
          new Method.Ratio(
              n.texts("numerator"),
              n.texts("denominator"),
              n.decimal("target"),
              n.decimal("floor"),
              n.has("onZeroDenominator")
                  ? Method.ZeroDenominator.valueOf(constant(n.text("onZeroDenominator")))
                  : Method.ZeroDenominator.INVALID,
              n.bool("allowAboveOne", false));
      case "bands" ->
          new Method.Bands(
              input(n),
              n.items("bands").stream()
                  .map(
                      b ->
                          new Method.Band(
                              b.decimal("min"),
                              b.decimal("below"),
                              b.decimal("fraction"),
                              b.decimal("points"),
                              b.text("label")))
                  .toList());
      case "choice" ->
          new Method.Choice(
              input(n),
              n.items("options").stream()
                  .map(
                      o ->
                          new Method.Option(
                              o.text("id"),
                              o.text("label"),
                              o.text("labelEn"),
                              o.decimal("fraction"),
                              o.decimal("points")))
                  .toList());
      case "externalScore" -> new Method.ExternalScore(input(n), n.decimal("scale"));
      case "cohort" ->
          new Method.Cohort(
              n.texts("numerator"),
              n.texts("denominator"),
              Method.CohortVariant.valueOf(constant(n.text("variant"))));
      case "lateness" ->
          new Method.Lateness(n.text("input"), n.date("due"), n.decimal("pointsPerMonth"));
      case "eventDeduction" ->
          new Method.EventDeduction(
              n.items("events").stream()
                  .map(e -> new Method.EventRate(e.text("input"), e.decimal("fraction")))
                  .toList());
      case "assessed" ->
          new Method.Assessed(
              input(n),
              n.text("scoredBy") == null
                  ? Method.ScoredBy.UNIT
                  : Method.ScoredBy.valueOf(constant(n.text("scoredBy"))));
      default -> throw new IllegalStateException("the schema admits no method " + n.text("type"));
    };
  }

  /**
   * The kind of the implicit single input when a criterion omits {@code inputs}: yesNo → boolean,
   * choice → choice, bands and externalScore → number, assessed → points; null for methods that
   * need declared inputs.
   */
  static InputKind impliedKind(Method method) {
    if (method instanceof Method.YesNo) {
      return InputKind.BOOLEAN;
    }
    if (method instanceof Method.Choice) {
      return InputKind.CHOICE;
    }
    if (method instanceof Method.Bands || method instanceof Method.ExternalScore) {
      return InputKind.NUMBER;
    }
    if (method instanceof Method.Assessed) {
      return InputKind.POINTS;
    }
    return null;
  }

  private static String input(Node n) {
    return n.has("input") ? n.text("input") : DEFAULT_INPUT;
  }

  /** camelCase JSON name → Java constant: {@code relativeToBest} → {@code RELATIVE_TO_BEST}. */
  static String constant(String json) {
    return json.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
