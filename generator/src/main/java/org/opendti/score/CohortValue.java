package org.opendti.score;

import java.math.BigDecimal;

/**
 * One unit's value x of a cohort criterion ({@code 003_…} 4.6, 8.4, 8.5), as the scorer counts it
 * for x_best and x_min: from the unit's inputs, or the inputs a reviewer corrected. The correction
 * form ({@code assets/correction.js}) gets these to score a corrected value against the cohort as
 * the scorer will, and to rescore the other units when it moves x_best or x_min.
 *
 * @param unitId the unit
 * @param value x
 * @param followsValue whether the unit's points are computed from x; false when a reviewer set the
 *     criterion's points (x still counts for x_best and x_min)
 */
public record CohortValue(String unitId, BigDecimal value, boolean followsValue) {}
