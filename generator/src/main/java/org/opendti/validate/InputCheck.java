package org.opendti.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Named;
import org.opendti.diagnostic.Text;
import org.opendti.model.Criterion;
import org.opendti.model.InputDef;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Value;

/**
 * The inputs of one answer or one review correction: unknown and missing ids, each value's domain,
 * dates within the period, and ratios ({@code 003_…} 3.1: a share cannot exceed 100%; {@code 001_…}
 * part 3 IV.3: a zero denominator means something only where the framework says so).
 */
final class InputCheck {

  private InputCheck() {}

  /**
   * @param given the inputs written at {@code at} (checked one by one)
   * @param merged the inputs the method will read (the answer's, overlaid by a correction's), used
   *     for the ratio checks
   * @param requireAll whether every input the method reads must be in {@code given}
   */
  static void check(
      Criterion c,
      Map<String, Value> given,
      Map<String, Value> merged,
      String at,
      Period period,
      boolean requireAll,
      Findings out) {
    List<InputDef> defs = Inputs.of(c);
    // Pointers and wording are built only for a finding: nearly every input is fine.
    for (Map.Entry<String, Value> e : given.entrySet()) {
      String id = e.getKey();
      Value value = e.getValue();
      InputDef def = find(defs, id);
      if (def == null) {
        out.error(
            Code.UNKNOWN_INPUT,
            at + Texts.pointer(id),
            Texts.criterion(c),
            id,
            defs.stream().map(InputDef::id).toList());
        continue;
      }
      Supplier<Text> subject =
          () ->
              Text.of(
                  "phrase.input-of-criterion",
                  Texts.criterion(c),
                  id,
                  new Named(def.label(), def.labelEn()));
      Optional<InputDomain.Problem> problem =
          InputDomain.check(def.kind(), value, subject, c.maxPoints(), () -> options(c));
      if (problem.isPresent()) {
        InputDomain.Problem pr = problem.get();
        out.error(pr.code(), at + Texts.pointer(id), pr.args());
      } else {
        dateInPeriod(subject, value, period, at, id, out);
      }
    }
    if (requireAll) {
      for (String id : c.method().inputIds()) {
        if (!given.containsKey(id)) {
          String label =
              defs.stream()
                  .filter(d -> d.id().equals(id))
                  .map(InputDef::label)
                  .findFirst()
                  .orElse("");
          out.error(
              Code.MISSING_INPUT,
              at,
              Texts.criterion(c),
              id,
              label,
              c.method().type(),
              c.method().inputIds());
        }
      }
    }
    if (c.method() instanceof Method.Ratio r) {
      ratio(c, r.numerator(), r.denominator(), r.onZeroDenominator(), r.target(), merged, at, out);
    } else if (c.method() instanceof Method.Cohort co) {
      ratio(c, co.numerator(), co.denominator(), null, null, merged, at, out);
    }
  }

  private static List<String> options(Criterion c) {
    return c.method() instanceof Method.Choice ch
        ? ch.options().stream().map(Method.Option::id).toList()
        : null;
  }

  private static InputDef find(List<InputDef> defs, String id) {
    for (InputDef d : defs) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    return null;
  }

  private static void dateInPeriod(
      Supplier<Text> subject, Value value, Period period, String at, String id, Findings out) {
    if (period != null && value instanceof Value.Date d && !period.contains(d.value())) {
      out.warning(
          Code.DATE_OUTSIDE_PERIOD,
          at + Texts.pointer(id),
          subject.get(),
          d.value(),
          period.id(),
          period.start(),
          period.end());
    }
  }

  /** Ratio checks need every input present and numeric; otherwise the errors above say why. */
  private static void ratio(
      Criterion c,
      List<String> numerator,
      List<String> denominator,
      Method.ZeroDenominator onZero,
      BigDecimal target,
      Map<String, Value> values,
      String at,
      Findings out) {
    if (denominator.isEmpty()) {
      return;
    }
    BigDecimal num = sum(numerator, values);
    BigDecimal den = sum(denominator, values);
    if (num == null || den == null) {
      return;
    }
    String p = at + Texts.pointer(numerator.get(0));
    String numerators = String.join(" + ", numerator);
    String denominators = String.join(" + ", denominator);
    boolean cohort = c.method() instanceof Method.Cohort;
    if (den.signum() == 0) {
      if (cohort || onZero == null || onZero == Method.ZeroDenominator.INVALID) {
        out.error(
            Code.ZERO_DENOMINATOR,
            at + Texts.pointer(denominator.get(0)),
            Texts.criterion(c),
            denominators,
            den,
            numerators,
            num);
      }
    } else if (!cohort && !allowsAboveOne(c) && num.compareTo(den) > 0) {
      out.error(
          Code.RATIO_ABOVE_ONE,
          p,
          Texts.criterion(c),
          numerators,
          num,
          denominators,
          den,
          target == null ? "" : Text.of("phrase.target-below-one", target));
    }
  }

  private static BigDecimal sum(List<String> ids, Map<String, Value> values) {
    BigDecimal total = BigDecimal.ZERO;
    for (String id : ids) {
      if (!(values.get(id) instanceof Value.Num n)) {
        return null;
      }
      total = total.add(n.value());
    }
    return total;
  }

  private static boolean allowsAboveOne(Criterion c) {
    return c.method() instanceof Method.Ratio r && r.allowAboveOne();
  }
}
