package org.opendti.pullrequest;

import java.math.BigDecimal;

/**
 * One criterion of a changed submission at the head: what the unit claimed, what its inputs give,
 * what a reviewer set, and what counts, beside what counted before.
 *
 * <p>Example: {@code CriterionLine[..., criterionId=1.2, max=5, selfAssessed=5, computed=3.90,
 * reviewed=null, points=3.90, pointsBefore=3.00]}.
 *
 * @param selfAssessed điểm tự chấm; null when not given
 * @param computed from the unit's inputs; null when not applicable or missing
 * @param reviewed a reviewer's correction; null when none
 * @param points what counts at the head
 * @param pointsBefore what counted at the base; null when the submission was not scored there
 */
public record CriterionLine(
    String frameworkId,
    String periodId,
    String unitId,
    String criterionId,
    BigDecimal max,
    BigDecimal selfAssessed,
    BigDecimal computed,
    BigDecimal reviewed,
    BigDecimal points,
    BigDecimal pointsBefore) {}
