package org.opendti.insight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Value;

/**
 * Reads ratio and cohort values from inputs. A private copy of the rule in {@code
 * org.opendti.score} (package-private there): r = Σ numerator / Σ denominator, or a single percent
 * input / 100, or a plain number ({@code docs/formats.md}, Methods).
 */
final class RatioInputs {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RatioInputs() {}

  /** Numerator ids of a ratio or cohort method; empty for other methods. */
  static List<String> numerator(Method m) {
    if (m instanceof Method.Ratio r) {
      return r.numerator();
    }
    return m instanceof Method.Cohort c ? c.numerator() : List.of();
  }

  /** Denominator ids of a ratio or cohort method; empty for other methods. */
  static List<String> denominator(Method m) {
    if (m instanceof Method.Ratio r) {
      return r.denominator();
    }
    return m instanceof Method.Cohort c ? c.denominator() : List.of();
  }

  /** Whether the method is a ratio or a cohort method. */
  static boolean isRatio(Method m) {
    return m instanceof Method.Ratio || m instanceof Method.Cohort;
  }

  /** The sum of the values, or empty when one is missing or not a number. */
  static Optional<BigDecimal> sum(Map<String, Value> in, List<String> ids) {
    BigDecimal total = BigDecimal.ZERO;
    for (String id : ids) {
      if (!(in.get(id) instanceof Value.Num n)) {
        return Optional.empty();
      }
      total = total.add(n.value());
    }
    return Optional.of(total);
  }

  /**
   * The value r or x; empty when an input is missing or the denominator is zero. Ratio methods read
   * a single value without denominator as a percentage, cohort methods only when its input is of
   * kind percent.
   */
  static Optional<BigDecimal> value(Criterion c, Map<String, Value> in) {
    List<String> num = numerator(c.method());
    List<String> den = denominator(c.method());
    if (num.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> top = sum(in, num);
    Optional<BigDecimal> bottom = sum(in, den);
    if (top.isEmpty() || bottom.isEmpty()) {
      return Optional.empty();
    }
    if (den.isEmpty()) {
      return Optional.of(
          isPercent(c) ? top.get().divide(HUNDRED, MathContext.DECIMAL64) : top.get());
    }
    if (bottom.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(top.get().divide(bottom.get(), MathContext.DECIMAL64));
  }

  /** Whether a value without denominator is a percentage. */
  static boolean isPercent(Criterion c) {
    if (c.method() instanceof Method.Ratio) {
      return true;
    }
    return numerator(c.method()).stream()
        .allMatch(id -> c.input(id).map(i -> i.kind() == InputKind.PERCENT).orElse(false));
  }

  /**
   * The inputs that count after review (same rule as the scorer): corrected inputs override the
   * unit's; empty when the criterion is not applicable or not answered.
   */
  static Optional<Map<String, Value>> effective(Criterion c, Answer answer, Review review) {
    Review.Correction corr = review == null ? null : review.correction(c.id()).orElse(null);
    if (corr != null && Boolean.TRUE.equals(corr.notApplicable())) {
      return Optional.empty();
    }
    if (corr != null && !corr.inputs().isEmpty()) {
      Map<String, Value> merged = new java.util.TreeMap<>();
      if (answer != null && answer.notApplicable() == null) {
        merged.putAll(answer.inputs());
      }
      merged.putAll(corr.inputs());
      return Optional.of(merged);
    }
    if (answer == null || answer.notApplicable() != null) {
      return Optional.empty();
    }
    return Optional.of(answer.inputs());
  }
}
