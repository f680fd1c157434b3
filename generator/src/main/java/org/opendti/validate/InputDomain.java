package org.opendti.validate;

import static org.opendti.validate.Texts.num;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

  /** A value outside its domain: a diagnostic code, what is wrong, and a hint. */
  record Problem(String code, String message, String hint) {}

  /**
   * @param subject who owns the value, e.g. {@code criterion 3.1 “…”: input a}
   * @param max the criterion's maximum for {@code points}; null to require only ≥ 0
   * @param options the allowed option ids for {@code choice}; null when unknown
   */
  static Optional<Problem> check(
      InputKind kind, Value value, String subject, BigDecimal max, List<String> options) {
    return check(kind, value, () -> subject, max, () -> options);
  }

  /**
   * {@link #check(InputKind, Value, String, BigDecimal, List)} with the subject and the options
   * computed only when needed: most values are fine, and wording a subject for each took a tenth of
   * the time of validating a submission.
   */
  static Optional<Problem> check(
      InputKind kind,
      Value value,
      Supplier<String> subject,
      BigDecimal max,
      Supplier<List<String>> options) {
    switch (kind) {
      case BOOLEAN:
        return value instanceof Value.Bool
            ? Optional.empty()
            : wrongType(
                subject.get(), shown(value), "true or false", "write true (có) or false (không)");
      case DATE:
        return value instanceof Value.Date
            ? Optional.empty()
            : wrongType(
                subject.get(), shown(value), "an ISO date yyyy-MM-dd", "e.g. \"2023-05-15\"");
      case CHOICE:
        if (!(value instanceof Value.Text t)) {
          return wrongType(
              subject.get(), shown(value), "an option id", "options: " + options.get());
        }
        List<String> allowed = options.get();
        if (allowed != null && !allowed.contains(t.value())) {
          return Optional.of(
              new Problem(
                  "unknown-option",
                  subject.get()
                      + " is "
                      + shown(value)
                      + ", which is not one of the options "
                      + allowed,
                  "write one of " + String.join(", ", allowed)));
        }
        return Optional.empty();
      default:
        if (!(value instanceof Value.Num n)) {
          return wrongType(
              subject.get(), shown(value), "a number", "write a JSON number such as 9.98");
        }
        return number(kind, n.value(), subject, max);
    }
  }

  private static Optional<Problem> number(
      InputKind kind, BigDecimal v, Supplier<String> subject, BigDecimal max) {
    if (kind == InputKind.COUNT && v.stripTrailingZeros().scale() > 0) {
      return Optional.of(
          new Problem(
              "input-not-whole",
              subject.get() + " is " + num(v) + ", but a count must be a whole number ≥ 0",
              "count whole items, e.g. " + num(v.setScale(0, java.math.RoundingMode.DOWN))));
    }
    BigDecimal top = kind == InputKind.PERCENT ? HUNDRED : kind == InputKind.POINTS ? max : null;
    if (v.signum() < 0 || (top != null && v.compareTo(top) > 0)) {
      String range = "0.." + (top == null ? "∞" : num(top));
      return Optional.of(
          new Problem(
              "input-out-of-range",
              subject.get()
                  + " is "
                  + num(v)
                  + ", outside the "
                  + kind.jsonName()
                  + " range "
                  + range,
              kind == InputKind.PERCENT
                  ? "write a percentage from 0 to 100 (75.7 for 75,7%)"
                  : "write a value in " + range));
    }
    return Optional.empty();
  }

  private static Optional<Problem> wrongType(
      String subject, String shown, String expected, String hint) {
    return Optional.of(
        new Problem(
            "input-wrong-type", subject + " is " + shown + ", but it must be " + expected, hint));
  }

  static String shown(Value value) {
    if (value instanceof Value.Num n) {
      return "the number " + num(n.value());
    } else if (value instanceof Value.Bool b) {
      return "the boolean " + b.value();
    } else if (value instanceof Value.Text t) {
      return "the text \"" + t.value() + "\"";
    } else if (value instanceof Value.Date d) {
      return "the date " + d.value();
    }
    return "null";
  }
}
