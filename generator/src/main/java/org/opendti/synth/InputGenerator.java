package org.opendti.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.opendti.model.Criterion;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.Value;

/**
 * Plausible, valid input values for one criterion: a unit of quality q (0..1) tends to score about
 * q of the maximum. Values always lie in the domain the validator accepts (numerators never above
 * denominators, percentages within 0–100, dates inside the period).
 */
final class InputGenerator {

  private final SplittableRandom random;
  private final double improvement;

  InputGenerator(SplittableRandom random) {
    this(random, 0);
  }

  /**
   * @param improvement added to the quality of continuous values (ratios, scores, points) only:
   *     discrete answers (yes/no, choices, bands) keep the unit's base quality, so they do not flip
   *     from one period to the next
   */
  InputGenerator(SplittableRandom random, double improvement) {
    this.random = random;
    this.improvement = improvement;
  }

  Map<String, Value> inputs(Criterion criterion, Period period, double quality) {
    Map<String, Value> values = new LinkedHashMap<>();
    Method method = criterion.method();
    if (method instanceof Method.YesNo m) {
      values.put(m.input(), new Value.Bool(chance(quality)));
    } else if (method instanceof Method.Ratio m) {
      ratio(criterion, m.numerator(), m.denominator(), quality + improvement, values);
    } else if (method instanceof Method.Cohort m) {
      ratio(criterion, m.numerator(), m.denominator(), quality + improvement, values);
    } else if (method instanceof Method.Bands m) {
      values.put(m.input(), bandValue(criterion, m, quality));
    } else if (method instanceof Method.Choice m) {
      values.put(m.input(), new Value.Text(choose(m.options(), quality)));
    } else if (method instanceof Method.ExternalScore m) {
      values.put(m.input(), number(m.scale().doubleValue() * jitter(quality + improvement), 1));
    } else if (method instanceof Method.Lateness m) {
      if (m.input() != null) {
        LocalDate due = m.due() != null ? m.due() : period.deadline();
        int daysLate = chance(quality) ? -random.nextInt(1, 60) : random.nextInt(1, 70);
        values.put(
            m.input(), new Value.Date(clamp(due.plusDays(daysLate), period.start(), period.end())));
      }
    } else if (method instanceof Method.EventDeduction m) {
      m.events()
          .forEach(e -> values.put(e.input(), count(chance(quality) ? 0 : random.nextInt(1, 3))));
    } else if (method instanceof Method.Assessed m) {
      BigDecimal points =
          criterion
              .maxPoints()
              .multiply(BigDecimal.valueOf(jitter(quality + improvement)))
              .setScale(2, RoundingMode.HALF_UP)
              .min(criterion.maxPoints());
      values.put(m.input(), new Value.Num(points));
    }
    return values;
  }

  Value profileValue(InputKind kind) {
    return switch (kind) {
      case COUNT -> count(random.nextInt(500, 40_000));
      case NUMBER, MONEY -> number(random.nextDouble(10, 5_000), 1);
      case PERCENT -> number(random.nextDouble(0, 100), 1);
      case BOOLEAN -> new Value.Bool(random.nextBoolean());
      case POINTS -> count(0);
      case DATE -> new Value.Date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000)));
      case CHOICE -> new Value.Text("khac");
    };
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Quality with noise, kept in [0, 1]. */
  double jitter(double quality) {
    return Math.max(0, Math.min(1, quality + random.nextDouble(-0.08, 0.08)));
  }

  private void ratio(
      Criterion criterion,
      List<String> numerator,
      List<String> denominator,
      double quality,
      Map<String, Value> values) {
    double share = jitter(quality);
    if (denominator.isEmpty()) {
      for (String id : numerator) {
        boolean percent = kindOf(criterion, id) == InputKind.PERCENT;
        values.put(id, percent ? number(share * 100, 1) : number(share * 1000, 0));
      }
      return;
    }
    // Split the numerator's total over its inputs so that each part stays below its denominator.
    for (int i = 0; i < denominator.size(); i++) {
      String denominatorId = denominator.get(i);
      int whole = random.nextInt(20, 600);
      values.put(denominatorId, count(whole));
      if (i < numerator.size()) {
        values.put(numerator.get(i), count((int) Math.floor(whole * share)));
      }
    }
    for (int i = denominator.size(); i < numerator.size(); i++) {
      values.put(numerator.get(i), count(0));
    }
  }

  private Value bandValue(Criterion criterion, Method.Bands bands, double quality) {
    BigDecimal top = BigDecimal.ONE;
    for (Method.Band band : bands.bands()) {
      if (band.min() != null && band.min().compareTo(top) > 0) {
        top = band.min();
      }
      if (band.below() != null && band.below().compareTo(top) > 0) {
        top = band.below();
      }
    }
    double value = top.doubleValue() * 1.25 * jitter(quality);
    InputKind kind = kindOf(criterion, bands.input());
    return kind == InputKind.COUNT ? count((int) Math.round(value)) : number(value, 1);
  }

  private String choose(List<Method.Option> options, double quality) {
    // Options are listed best first in every seed; a better unit picks an earlier one.
    int index = (int) Math.floor((1 - jitter(quality)) * options.size());
    return options.get(Math.min(index, options.size() - 1)).id();
  }

  private static InputKind kindOf(Criterion criterion, String inputId) {
    return criterion.input(inputId).map(InputDef::kind).orElse(InputKind.NUMBER);
  }

  private static Value count(int n) {
    return new Value.Num(BigDecimal.valueOf(n));
  }

  private static Value number(double d, int scale) {
    return new Value.Num(BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP));
  }

  private static LocalDate clamp(LocalDate d, LocalDate min, LocalDate max) {
    return d.isBefore(min) ? min : d.isAfter(max) ? max : d;
  }
}
