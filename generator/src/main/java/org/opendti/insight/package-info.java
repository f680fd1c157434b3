/**
 * The insight stage, for units and reviewers, on top of scoring and ranking; nothing here changes a
 * score. {@link org.opendti.insight.Insights#of} computes all of them, once per run:
 *
 * <ul>
 *   <li>{@link org.opendti.insight.WhatIf}: where a unit's next points are ("Cơ hội cải thiện"):
 *       per criterion, the gain in the total and the rank it would hold, by re-scoring ({@link
 *       org.opendti.insight.UnitOpportunities} per unit).
 *   <li>{@link org.opendti.insight.AnomalyDetector}: {@link org.opendti.insight.Flag}s for
 *       reviewers (large moves since the previous period, ratio outliers, self-scores above the
 *       method, rare không phát sinh claims, missing or mis-dated evidence), with the {@link
 *       org.opendti.model.InsightThresholds} of {@code policy/insight.json}.
 *   <li>{@link org.opendti.insight.uncertainty.RankIntervals}: how firm each rank is, "3 (2–5)",
 *       over the choices the methodology leaves open (sub-package {@code uncertainty}).
 *   <li>{@link org.opendti.insight.IntegritySignals}: digit tests on each unit's and each cohort's
 *       reported counts ({@link org.opendti.insight.integrity.DigitTests}), for reviewers.
 * </ul>
 *
 * <pre>{@code
 * List<UnitScore> scores = new Scorer().score(dataset, times);
 * Insights insights = Insights.of(dataset, scores, times, cohort -> true);
 * }</pre>
 */
package org.opendti.insight;
