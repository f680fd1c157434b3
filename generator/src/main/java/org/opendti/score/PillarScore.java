package org.opendti.score;

import java.math.BigDecimal;

/**
 * Points of one top-level pillar for one unit, before rescaling.
 *
 * @param points sum of counted base criteria
 * @param max sum of the maxima of the base criteria that counted (not-applicable ones left out)
 * @param bonus sum of bonus criteria
 */
public record PillarScore(String pillarId, BigDecimal points, BigDecimal max, BigDecimal bonus) {}
