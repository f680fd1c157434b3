package org.opendti.insight;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.model.SubmissionKey;

/**
 * Something in a submission a reviewer (the inspection team, đoàn kiểm tra) should look at. A flag
 * never changes a score.
 *
 * <p>Example: {@code self-above-computed u1 nga-nam-2024 2023 12 "Điểm tự chấm 6 cao hơn điểm tính
 * theo phương pháp 4.54 (chênh 1.46)." {computed=4.54, difference=1.46, selfAssessed=6} weight 3}
 * (seed {@code 002_…} item 12).
 *
 * @param code one of the constants below, stable for renderers and translations
 * @param criterionId the criterion concerned, or null for the unit's total or the whole submission
 * @param message Vietnamese, like the site; the numbers are in {@code numbers}
 * @param numbers named numbers behind the message (e.g. value, median, mad, z), sorted by name
 * @param weight 3: the unit's score is likely too high; 2: likely a data problem; 1: worth a look
 */
public record Flag(
    String code,
    String unitId,
    String frameworkId,
    String periodId,
    String criterionId,
    String message,
    Map<String, BigDecimal> numbers,
    int weight) {

  /** Framework, period and unit, typed. */
  public SubmissionKey key() {
    return new SubmissionKey(frameworkId, periodId, unitId);
  }

  /** Points or total changed a lot since the previous period. */
  public static final String MOVED = "moved";

  /** A ratio far from the cohort's median (robust z-score). */
  public static final String RATIO_OUTLIER = "ratio-outlier";

  /** Numerator equal to denominator on most ratio criteria. */
  public static final String NUMERATOR_EQUALS_DENOMINATOR = "numerator-equals-denominator";

  /** Self-assessed points above the points the method computes. */
  public static final String SELF_ABOVE_COMPUTED = "self-above-computed";

  /** Không phát sinh claimed where nearly every unit reports. */
  public static final String RARE_NOT_APPLICABLE = "rare-not-applicable";

  /** Optional evidence missing where nearly every unit gives it. */
  public static final String MISSING_EVIDENCE = "missing-evidence";

  /** Evidence dated outside the reporting period. */
  public static final String EVIDENCE_DATE_OUTSIDE_PERIOD = "evidence-date-outside-period";

  /** By unit, framework, period, criterion (numeric-aware, whole-unit flags first), code. */
  public static final Comparator<Flag> ORDER =
      Comparator.comparing(Flag::unitId)
          .thenComparing(Flag::frameworkId)
          .thenComparing(Flag::periodId)
          .thenComparing(Flag::criterionId, CriterionIds.ORDER)
          .thenComparing(Flag::code);

  public Flag {
    numbers = Collections.unmodifiableSortedMap(new TreeMap<>(numbers));
  }
}
