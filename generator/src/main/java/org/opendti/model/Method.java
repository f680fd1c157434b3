package org.opendti.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How a criterion's points are computed from a unit's inputs. One record per method family found in
 * the seeds (see {@code shared/DOMAIN.md}, "Scoring methods found in the seeds").
 *
 * <p>In JSON a method is an object with a {@code "type"} naming one of the records below.
 */
public sealed interface Method
    permits Method.YesNo,
        Method.Ratio,
        Method.Bands,
        Method.Choice,
        Method.ExternalScore,
        Method.Cohort,
        Method.Lateness,
        Method.EventDeduction,
        Method.Assessed {

  /** The JSON {@code "type"} of this method. */
  String type();

  /** Input ids this method reads. */
  List<String> inputIds();

  /** Có → max, không → 0 ({@code 000_…} I.1.2; {@code 003_…} 2.1). Type {@code "yesNo"}. */
  record YesNo(String input) implements Method {
    public String type() {
      return "yesNo";
    }

    public List<String> inputIds() {
      return List.of(input);
    }
  }

  /**
   * A ratio r = Σ numerator / Σ denominator, or a single percent input / 100 when {@code
   * denominator} is empty. Points: r × max capped at max ({@code 003_…} 3.1), or against a target
   * T: r ≥ T → max else r / T × max ({@code 003_…} 4.7), or with a floor F: r ≥ 1 → max, F ≤ r → r
   * × max, r &lt; F → 0 ({@code 003_…} 6.5). Composite ratios list several ids ({@code 003_…} 6.2).
   * Type {@code "ratio"}.
   *
   * @param target null, or T in (0, 1]
   * @param floor null, or F in (0, 1]
   * @param onZeroDenominator what a zero denominator means ({@code 001_…} part 3 IV.3: "score = 1
   *     if there were no complaints")
   * @param allowAboveOne the numerator may legitimately exceed the denominator (e.g. computers per
   *     official, {@code 001_…} 1.I.1: "Tối đa &lt;= 1 điểm"); the points are still capped at max
   */
  record Ratio(
      List<String> numerator,
      List<String> denominator,
      BigDecimal target,
      BigDecimal floor,
      ZeroDenominator onZeroDenominator,
      boolean allowAboveOne)
      implements Method {
    public Ratio {
      numerator = List.copyOf(numerator);
      denominator = List.copyOf(denominator);
    }

    /** A ratio whose numerator may not exceed its denominator. */
    public Ratio(
        List<String> numerator,
        List<String> denominator,
        BigDecimal target,
        BigDecimal floor,
        ZeroDenominator onZeroDenominator) {
      this(numerator, denominator, target, floor, onZeroDenominator, false);
    }

    public String type() {
      return "ratio";
    }

    public List<String> inputIds() {
      return java.util.stream.Stream.concat(numerator.stream(), denominator.stream()).toList();
    }
  }

  /** What a ratio with a zero denominator scores. */
  enum ZeroDenominator {
    /** Not defined: the validator rejects a zero denominator. */
    INVALID,
    /** Nothing to do, so full points. */
    MAX,
    /** Nothing done: zero points. */
    ZERO
  }

  /**
   * Bands on a number (count bands {@code 000_…} I.1.1; money bands {@code 001_…} III.14). Each
   * band is the half-open interval [min, below); the first band that contains the value applies.
   * Type {@code "bands"}.
   */
  record Bands(String input, List<Band> bands) implements Method {
    public Bands {
      bands = List.copyOf(bands);
    }

    public String type() {
      return "bands";
    }

    public List<String> inputIds() {
      return List.of(input);
    }
  }

  /**
   * One band: [min, below) gives a fraction of the maximum or fixed points (exactly one of the
   * two). A null {@code min} is unbounded below, a null {@code below} unbounded above.
   */
  record Band(
      BigDecimal min, BigDecimal below, BigDecimal fraction, BigDecimal points, String label) {}

  /**
   * Named levels ({@code 003_…} 1.1 chair / vice-chair / none; {@code 002_…} 3 qualification levels
   * 5/4/3). Type {@code "choice"}.
   */
  record Choice(String input, List<Option> options) implements Method {
    public Choice {
      options = List.copyOf(options);
    }

    public String type() {
      return "choice";
    }

    public List<String> inputIds() {
      return List.of(input);
    }
  }

  /** A named level: a fraction of the maximum or fixed points (exactly one of the two). */
  record Option(String id, String label, String labelEn, BigDecimal fraction, BigDecimal points) {

    /** The (Vietnamese) label, or the id of an option the framework gives no label. */
    public String labelOrId() {
      return label == null ? id : label;
    }
  }

  /**
   * A score measured elsewhere, on a scale (e.g. the portal quality score out of 100, {@code 000_…}
   * VI.20): points = value × max / scale. Type {@code "externalScore"}.
   */
  record ExternalScore(String input, BigDecimal scale) implements Method {
    public String type() {
      return "externalScore";
    }

    public List<String> inputIds() {
      return List.of(input);
    }
  }

  /**
   * Scored against the cohort (every unit of the framework and period), {@code 003_…} 4.6, 8.4,
   * 8.5. The value is a ratio as in {@link Ratio} (or a single number when {@code denominator} is
   * empty and the input is not a percent). Type {@code "cohort"}.
   */
  record Cohort(List<String> numerator, List<String> denominator, CohortVariant variant)
      implements Method {
    public Cohort {
      numerator = List.copyOf(numerator);
      denominator = List.copyOf(denominator);
    }

    public String type() {
      return "cohort";
    }

    public List<String> inputIds() {
      return java.util.stream.Stream.concat(numerator.stream(), denominator.stream()).toList();
    }
  }

  /** Which "min-max" a framework means. */
  enum CohortVariant {
    /** x / x_best × max: what {@code 003_…} describes ("the highest ratio gets the maximum"). */
    RELATIVE_TO_BEST,
    /** (x − x_min) / (x_best − x_min) × max: the classic min-max. */
    MIN_MAX
  }

  /**
   * On time → max; late → minus {@code pointsPerMonth} for each started month, not below 0 ({@code
   * 002_…} 1, 2). The date compared is the {@code input} date, or the submission's arrival time
   * when {@code input} is null; it is compared with {@code due}, or the period's deadline when
   * {@code due} is null. Type {@code "lateness"}.
   */
  record Lateness(String input, LocalDate due, BigDecimal pointsPerMonth) implements Method {
    public String type() {
      return "lateness";
    }

    public List<String> inputIds() {
      return input == null ? List.of() : List.of(input);
    }
  }

  /**
   * Full points minus a share per counted event, not below 0: each late data entry costs 20%
   * (monthly), 30% (quarterly), 60% (half-yearly), 100% (yearly) ({@code 002_…} 6). Type {@code
   * "eventDeduction"}.
   */
  record EventDeduction(List<EventRate> events) implements Method {
    public EventDeduction {
      events = List.copyOf(events);
    }

    public String type() {
      return "eventDeduction";
    }

    public List<String> inputIds() {
      return events.stream().map(EventRate::input).toList();
    }
  }

  /** One kind of event: each one counted in {@code input} costs {@code fraction} of the maximum. */
  record EventRate(String input, BigDecimal fraction) {}

  /**
   * Points given directly (0..max), where the source writes no method ({@code 004_…}). Type {@code
   * "assessed"}. By default the unit gives them and reviewers verify them (Gia Lai's decision
   * 209/QĐ-UBND, Điều 4–5); {@link ScoredBy#REVIEWERS} marks points only the inspection team gives,
   * which the submission form does not ask the unit for.
   */
  record Assessed(String input, ScoredBy scoredBy) implements Method {
    public Assessed {
      scoredBy = scoredBy == null ? ScoredBy.UNIT : scoredBy;
    }

    /** Points the unit gives, verified by reviewers. */
    public Assessed(String input) {
      this(input, ScoredBy.UNIT);
    }

    public String type() {
      return "assessed";
    }

    public List<String> inputIds() {
      return List.of(input);
    }
  }

  /** Who gives the points of an {@link Assessed} criterion. */
  enum ScoredBy {
    /** The unit self-assesses; reviewers verify (the default). */
    UNIT,
    /** Only the inspection team (Đoàn kiểm tra) gives the points. */
    REVIEWERS
  }
}
