/**
 * Rank intervals (issue #18): how firm each published rank is under the choices the methodology
 * leaves open. {@link org.opendti.insight.uncertainty.RankIntervals} is the service; {@link
 * org.opendti.insight.uncertainty.CohortIntervals}, {@link
 * org.opendti.insight.uncertainty.TableIntervals} and {@link
 * org.opendti.insight.uncertainty.RankInterval} its results; {@link
 * org.opendti.insight.uncertainty.DisputedCorrection} the hook for reviewers' corrections under an
 * open objection. An analysis, never a score change; see {@code docs/rank-intervals.md}.
 */
package org.opendti.insight.uncertainty;
