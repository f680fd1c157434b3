package org.opendti.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opendti.model.Criterion;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Value;

/**
 * The inputs that reach a criterion's maximum and its next step, per method ({@code
 * docs/formats.md}, Methods). Only inputs a unit could plausibly report are proposed: a ratio keeps
 * its denominator and raises its (first) numerator; a missing denominator proposes nothing.
 */
final class Steps {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Steps() {}

  /**
   * Candidate steps for a criterion now worth {@code now} points.
   *
   * @param base the inputs that count now (reviewed where a review corrected them)
   * @param best the cohort's x_best for a cohort criterion, else null
   */
  static List<Step> of(
      Criterion c, Map<String, Value> base, BigDecimal now, Period period, BigDecimal best) {
    Method m = c.method();
    BigDecimal max = c.maxPoints();
    if (m instanceof Method.YesNo y) {
      return List.of(max(Map.of(y.input(), Value.Bool.TRUE), null));
    } else if (m instanceof Method.Ratio r) {
      return ratio(c, r, base);
    } else if (m instanceof Method.Bands b) {
      return ladder(
          b.bands(),
          band -> share(band.fraction(), band.points(), max),
          band ->
              new Value.Num(band.min() == null ? BigDecimal.ZERO : whole(c, b.input(), band.min())),
          Method.Band::label,
          now,
          b.input());
    } else if (m instanceof Method.Choice ch) {
      return ladder(
          ch.options(),
          o -> share(o.fraction(), o.points(), max),
          o -> new Value.Text(o.id()),
          Method.Option::labelOrId,
          now,
          ch.input());
    } else if (m instanceof Method.ExternalScore e) {
      return List.of(max(Map.of(e.input(), new Value.Num(e.scale())), null));
    } else if (m instanceof Method.Cohort k) {
      return cohort(c, k, base, best);
    } else if (m instanceof Method.Lateness l) {
      LocalDate due = l.due() != null ? l.due() : period == null ? null : period.deadline();
      // Without a date input the arrival time counts, which no input can change.
      return l.input() == null || due == null
          ? List.of()
          : List.of(max(Map.of(l.input(), new Value.Date(due)), null));
    } else if (m instanceof Method.EventDeduction e) {
      Map<String, Value> none = new HashMap<>();
      e.events().forEach(ev -> none.put(ev.input(), new Value.Num(BigDecimal.ZERO)));
      return List.of(max(none, null));
    } else if (m instanceof Method.Assessed a) {
      return List.of(max(Map.of(a.input(), new Value.Num(max)), null));
    }
    return List.of();
  }

  private static Step max(Map<String, Value> changed, String label) {
    return new Step(Opportunity.Kind.MAX, changed, label);
  }

  /** Max at r = 1 (or r = T with a target); with a floor F and r &lt; F, also the floor. */
  private static List<Step> ratio(Criterion c, Method.Ratio m, Map<String, Value> base) {
    List<Step> out = new ArrayList<>();
    boolean target = m.target() != null && m.target().signum() > 0;
    BigDecimal goal = target ? m.target() : BigDecimal.ONE;
    String label = target ? "≥ " + percent(goal) + "%" : null;
    reach(c, m.numerator(), m.denominator(), base, goal, true)
        .ifPresent(ch -> out.add(max(ch, label)));
    if (!target && m.floor() != null && m.floor().compareTo(BigDecimal.ONE) < 0) {
      Optional<BigDecimal> r = RatioInputs.value(c, base);
      if (r.isPresent() && r.get().compareTo(m.floor()) < 0) {
        reach(c, m.numerator(), m.denominator(), base, m.floor(), true)
            .ifPresent(
                ch ->
                    out.add(
                        new Step(Opportunity.Kind.NEXT_STEP, ch, "≥ " + percent(m.floor()) + "%")));
      }
    }
    return out;
  }

  /** Reach x_best of the cohort, which gives the maximum in both variants. */
  private static List<Step> cohort(
      Criterion c, Method.Cohort m, Map<String, Value> base, BigDecimal best) {
    if (best == null || best.signum() <= 0) {
      return List.of();
    }
    boolean percent = RatioInputs.isPercent(c);
    return reach(c, m.numerator(), m.denominator(), base, best, percent)
        .map(ch -> List.of(max(ch, "x_best")))
        .orElse(List.of());
  }

  /**
   * Raises the first numerator input so the value reaches {@code goal} (a share, or a plain number
   * when {@code share} is false and there is no denominator). Count inputs are rounded up.
   */
  private static Optional<Map<String, Value>> reach(
      Criterion c,
      List<String> num,
      List<String> den,
      Map<String, Value> base,
      BigDecimal goal,
      boolean share) {
    if (num.isEmpty()) {
      return Optional.empty();
    }
    String first = num.get(0);
    BigDecimal others = RatioInputs.sum(base, num.subList(1, num.size())).orElse(null);
    BigDecimal needed;
    if (den.isEmpty()) {
      needed = share ? goal.multiply(HUNDRED) : goal;
    } else {
      Optional<BigDecimal> bottom = RatioInputs.sum(base, den);
      if (bottom.isEmpty() || bottom.get().signum() == 0) {
        return Optional.empty();
      }
      needed = goal.multiply(bottom.get());
    }
    if (others == null) {
      return Optional.empty();
    }
    BigDecimal value = whole(c, first, needed.subtract(others).max(BigDecimal.ZERO));
    Value current = base.get(first);
    if (current instanceof Value.Num n && n.value().compareTo(value) >= 0) {
      return Optional.empty();
    }
    return Optional.of(Map.of(first, new Value.Num(tidy(value))));
  }

  /**
   * Bands or options: the best-paying one is the maximum; the lowest-paying one above the current
   * points, when it pays less than the best, is the next step. Ties go to the first listed.
   */
  private static <T> List<Step> ladder(
      List<T> rungs,
      Function<T, BigDecimal> points,
      Function<T, Value> value,
      Function<T, String> label,
      BigDecimal now,
      String input) {
    List<T> above = rungs.stream().filter(t -> points.apply(t).compareTo(now) > 0).toList();
    if (above.isEmpty()) {
      return List.of();
    }
    T top = above.stream().max(Comparator.comparing(points)).orElseThrow();
    // max() keeps the last of equals: take the first listed with the top points instead.
    T best =
        above.stream()
            .filter(t -> points.apply(t).compareTo(points.apply(top)) == 0)
            .findFirst()
            .orElseThrow();
    List<Step> out = new ArrayList<>();
    out.add(max(Map.of(input, value.apply(best)), label.apply(best)));
    T next = above.stream().min(Comparator.comparing(points)).orElseThrow();
    T firstNext =
        above.stream()
            .filter(t -> points.apply(t).compareTo(points.apply(next)) == 0)
            .findFirst()
            .orElseThrow();
    if (points.apply(firstNext).compareTo(points.apply(best)) < 0) {
      out.add(
          new Step(
              Opportunity.Kind.NEXT_STEP,
              Map.of(input, value.apply(firstNext)),
              label.apply(firstNext)));
    }
    return out;
  }

  /** What a band or option pays, capped and rounded as the scorer does. */
  private static BigDecimal share(BigDecimal fraction, BigDecimal points, BigDecimal max) {
    BigDecimal p =
        fraction != null ? fraction.multiply(max) : points == null ? BigDecimal.ZERO : points;
    p = p.signum() < 0 ? BigDecimal.ZERO : p.min(max);
    return p.setScale(2, RoundingMode.HALF_UP);
  }

  /** Rounds up to a whole number for count inputs. */
  private static BigDecimal whole(Criterion c, String inputId, BigDecimal v) {
    boolean count = c.input(inputId).map(i -> i.kind() == InputKind.COUNT).orElse(false);
    return count ? v.setScale(0, RoundingMode.CEILING) : v;
  }

  /** Without trailing zeros, but never in exponent form: 60, not 6E+1. */
  private static BigDecimal tidy(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static String percent(BigDecimal share) {
    return tidy(share.multiply(HUNDRED)).toPlainString();
  }
}
