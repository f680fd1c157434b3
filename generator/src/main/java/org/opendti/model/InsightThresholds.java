package org.opendti.model;

import java.math.BigDecimal;

/**
 * When the anomaly detector ({@code org.opendti.insight.AnomalyDetector}) raises a flag. {@link
 * #DEFAULTS} holds the documented defaults; a project may override any of them in {@code
 * policy/insight.json} (schema {@code schemas/insight.schema.json}, read by {@code
 * org.opendti.load} like every input file), a flat object whose keys are the component names below:
 *
 * <pre>{@code
 * { "movedTotalShare": 0.2, "rareNotApplicableMinUnits": 20 }
 * }</pre>
 *
 * @param movedCriterionShare a criterion's points moved by more than this share of its maximum
 *     since the previous period (default 0.30)
 * @param movedTotalShare the total moved by more than this share of the framework's maximum B
 *     (default 0.15)
 * @param outlierZ |robust z| above which a ratio is an outlier (default 3.5, Iglewicz–Hoaglin)
 * @param outlierMinUnits fewest units with a value for the outlier test (default 8)
 * @param equalShare share of a unit's ratio criteria with numerator = denominator (default 0.80)
 * @param equalMinCriteria and at least this many of them (default 5)
 * @param rareNotApplicableShare share of units that answer a criterion for a không phát sinh claim
 *     to be rare (default 0.90)
 * @param rareNotApplicableMinUnits fewest units in the cohort for that test (default 10)
 * @param evidenceShare share of answering units that give optional evidence for its absence to be
 *     flagged (default 0.90)
 * @param evidenceMinUnits fewest answering units for that test (default 10)
 * @param evidenceDaysBefore days before the period's start an evidence date may fall (default 0)
 * @param evidenceDaysAfter days after the period's end an evidence date may fall (default 60: seed
 *     {@code 002_…} cites year reports dated 04/12/2023 and 15/12/2023 for the period ending
 *     mid-November 2023)
 */
public record InsightThresholds(
    BigDecimal movedCriterionShare,
    BigDecimal movedTotalShare,
    BigDecimal outlierZ,
    int outlierMinUnits,
    BigDecimal equalShare,
    int equalMinCriteria,
    BigDecimal rareNotApplicableShare,
    int rareNotApplicableMinUnits,
    BigDecimal evidenceShare,
    int evidenceMinUnits,
    int evidenceDaysBefore,
    int evidenceDaysAfter) {

  /** The defaults documented on each component. */
  public static final InsightThresholds DEFAULTS =
      new InsightThresholds(
          new BigDecimal("0.30"),
          new BigDecimal("0.15"),
          new BigDecimal("3.5"),
          8,
          new BigDecimal("0.80"),
          5,
          new BigDecimal("0.90"),
          10,
          new BigDecimal("0.90"),
          10,
          0,
          60);

  /** Where a project keeps its overrides, relative to the repository root. */
  public static final String FILE = "policy/insight.json";
}
