package org.opendti.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
import org.opendti.model.InputKind;
import org.opendti.model.Value;

/**
 * Whether a value lies in its input kind's domain ({@code docs/formats.md}, "Input kinds"): count a
 * whole number ≥ 0, number and money ≥ 0, percent 0–100, boolean, choice one of the options, date,
 * points 0..max.
 */
final class InputDomain {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private InputDomain() {}

  /** A value outside its domain: a diagnostic code and what its message names. */
  record Problem(Code code, Object[] args) {}

  /**
   * @param subject who owns the value, e.g. {@code criterion 3.1 “…”: input a}
   * @param max the criterion's maximum for {@code points}; null to require only ≥ 0
   * @param options the allowed option ids for {@code choice}; null when unknown
   */
  static Optional<Problem> check(
      InputKind kind, Value value, Text subject, BigDecimal max, List<String> options) {
    return check(kind, value, () -> subject, max, () -> options);
  }

  /**
   * {@link #check(InputKind, Value, Text, BigDecimal, List)} with the subject and the options
   * computed only when needed: most values are fine, and wording a subject for each took a tenth of
   * the time of validating a submission.
   */
  static Optional<Problem> check(
      InputKind kind,
      Value value,
      Supplier<Text> subject,
      BigDecimal max,
      Supplier<List<String>> options) {
    switch (kind) {
      case BOOLEAN:
        return value instanceof Value.Bool
            ? Optional.empty()
            : wrongType(subject.get(), value, "boolean", Text.of("phrase.hint-boolean"));
      case DATE:
        return value instanceof Value.Date
            ? Optional.empty()
            : wrongType(subject.get(), value, "date", Text.of("phrase.hint-date"));
      case CHOICE:
        if (!(value instanceof Value.Text t)) {
          return wrongType(
              subject.get(), value, "option", Text.of("phrase.hint-options", list(options.get())));
        }
        List<String> allowed = options.get();
        if (allowed != null && !allowed.contains(t.value())) {
          return problem(Code.UNKNOWN_OPTION, subject.get(), shown(value), allowed);
        }
        return Optional.empty();
      default:
        if (!(value instanceof Value.Num n)) {
          return wrongType(subject.get(), value, "number", Text.of("phrase.hint-number"));
        }
        return number(kind, n.value(), subject, max);
    }
  }

  private static Optional<Problem> number(
      InputKind kind, BigDecimal v, Supplier<Text> subject, BigDecimal max) {
    if (kind == InputKind.COUNT && v.stripTrailingZeros().scale() > 0) {
      return problem(
          Code.INPUT_NOT_WHOLE, subject.get(), v, v.setScale(0, java.math.RoundingMode.DOWN));
    }
    BigDecimal top = kind == InputKind.PERCENT ? HUNDRED : kind == InputKind.POINTS ? max : null;
    if (v.signum() < 0 || (top != null && v.compareTo(top) > 0)) {
      return problem(
          Code.INPUT_OUT_OF_RANGE,
          subject.get(),
          v,
          Texts.kind(kind),
          top == null ? Text.of("phrase.range-non-negative") : Text.of("phrase.range-to", top),
          kind == InputKind.PERCENT
              ? Text.of("phrase.hint-percent")
              : top == null
                  ? Text.of("phrase.hint-non-negative")
                  : Text.of("phrase.hint-range", top));
    }
    return Optional.empty();
  }

  /** {@code expected} names the phrase {@code phrase.expect-<expected>}. */
  private static Optional<Problem> wrongType(
      Text subject, Value value, String expected, Text hint) {
    return problem(
        Code.INPUT_WRONG_TYPE, subject, shown(value), Text.of("phrase.expect-" + expected), hint);
  }

  private static Optional<Problem> problem(Code code, Object... args) {
    return Optional.of(new Problem(code, args));
  }

  private static Object list(List<String> options) {
    return options == null ? List.of() : options;
  }

  /** "the number 9.98", "the text "x"": the value as the message names it. */
  static Object shown(Value value) {
    if (value instanceof Value.Num n) {
      return Text.of("phrase.value-number", n.value());
    } else if (value instanceof Value.Bool b) {
      return Text.of("phrase.value-boolean", b.value());
    } else if (value instanceof Value.Text t) {
      return Text.of("phrase.value-text", t.value());
    } else if (value instanceof Value.Date d) {
      return Text.of("phrase.value-date", d.value());
    }
    return "null";
  }
}
