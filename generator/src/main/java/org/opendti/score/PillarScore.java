package org.opendti.score;

import java.math.BigDecimal;
import org.opendti.model.Shared;

/**
 * Points of one top-level pillar for one unit, before rescaling.
 *
 * @param points sum of counted base criteria
 * @param max sum of the maxima of the base criteria that counted (not-applicable ones left out)
 * @param bonus sum of bonus criteria
 */
public record PillarScore(String pillarId, BigDecimal points, BigDecimal max, BigDecimal bonus) {

  /** The pillar score equal to this one in {@code pool}, its numbers shared too. */
  PillarScore shared(Shared pool) {
    PillarScore known = pool.known(this);
    return known != null
        ? known
        : pool.of(new PillarScore(pillarId, pool.of(points), pool.of(max), pool.of(bonus)));
  }
}
