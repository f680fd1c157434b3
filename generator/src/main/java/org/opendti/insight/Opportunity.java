package org.opendti.insight;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import org.opendti.model.Criterion;
import org.opendti.model.Method;
import org.opendti.model.SortedMaps;
import org.opendti.model.Value;

/**
 * One way a unit could gain points: reach a criterion's maximum, or its next step (the next band or
 * option, a ratio's floor), with the total and ranks it would then have, everyone else's scores
 * unchanged (cohort criteria re-score the whole cohort).
 *
 * <p>Example: criterion {@code 6.5} (ratio with a 60% floor, max 40), inputs {@code a=50, b=100}
 * score 0; {@link Kind#NEXT_STEP} with inputs {@code {a=60}} gives 24 points; {@link Kind#MAX} with
 * {@code {a=100}} gives 40.
 *
 * @param basis what decides the criterion's points: figures the unit reports, or points given
 *     directly ({@link Basis})
 * @param inputs only the inputs that change, with the values that achieve the step (e.g. numerator
 *     = denominator; the band's lower bound; the best option's id), sorted by id
 * @param label the band's or option's label, or the target share such as "≥ 50%"; may be null
 * @param pointsNow the criterion's points now
 * @param pointsThen the criterion's points after the change
 * @param totalNow the unit's total now
 * @param totalThen the unit's total after the change (rescaling, priority sector, bonus policy)
 * @param gain totalThen − totalNow, always &gt; 0
 * @param rankNow ranking group id → the unit's rank now
 * @param rankThen ranking group id → the rank it would then hold in its table of that group
 */
public record Opportunity(
    String criterionId,
    Kind kind,
    Basis basis,
    Map<String, Value> inputs,
    String label,
    BigDecimal pointsNow,
    BigDecimal pointsThen,
    BigDecimal totalNow,
    BigDecimal totalThen,
    BigDecimal gain,
    Map<String, Integer> rankNow,
    Map<String, Integer> rankThen) {

  /**
   * Lists first what the unit reports, then points given directly; within each, largest gain first.
   * Ties are broken by the caller (criterion order, then {@link Kind}).
   */
  public static final Comparator<Opportunity> ACTIONABLE_FIRST =
      Comparator.comparing((Opportunity o) -> !o.basis().reported())
          .thenComparing(Comparator.comparing(Opportunity::gain).reversed());

  public Opportunity {
    Objects.requireNonNull(basis, "basis");
    // A 10,000-unit cohort holds 200,000 opportunities; three trees each took about 90 MB.
    inputs = SortedMaps.copyOf(inputs);
    rankNow = SortedMaps.copyOf(rankNow);
    rankThen = SortedMaps.copyOf(rankThen);
  }

  /**
   * What decides a criterion's points, so that a scorecard lists first what the unit can act on
   * (issue #16): the figures and answers it reports, scored by the method; or points given directly
   * without a method ({@code "assessed"}, {@code 004_…}), which only the verifiers' or the
   * inspection team's judgement settles.
   */
  public enum Basis {
    /** The method scores figures or answers the unit reports (ratio, yes/no, bands, choice…). */
    REPORTED,
    /** Points given directly: the unit gives them and the verifiers check them. */
    ASSESSED_BY_UNIT,
    /** Points given directly by the inspection team (Đoàn kiểm tra) only. */
    ASSESSED_BY_REVIEWERS;

    /** The basis of a criterion's points, from its method. */
    public static Basis of(Criterion c) {
      if (c.method() instanceof Method.Assessed a) {
        return a.scoredBy() == Method.ScoredBy.REVIEWERS ? ASSESSED_BY_REVIEWERS : ASSESSED_BY_UNIT;
      }
      return REPORTED;
    }

    /** Whether the unit can act on it by what it reports. */
    public boolean reported() {
      return this == REPORTED;
    }
  }

  /** Which step. */
  public enum Kind {
    /** The criterion's maximum. */
    MAX,
    /** The next band, option, or a ratio's floor, short of the maximum. */
    NEXT_STEP
  }
}
