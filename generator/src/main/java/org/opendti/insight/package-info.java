/**
 * Insight for units and reviewers, on top of scoring and ranking; nothing here changes a score.
 *
 * <ul>
 *   <li>{@link org.opendti.insight.WhatIf}: where a unit's next points are ("Cơ hội cải thiện"):
 *       per criterion, the gain in the total and the rank it would hold, by re-scoring.
 *   <li>{@link org.opendti.insight.AnomalyDetector}: {@link org.opendti.insight.Flag}s for
 *       reviewers (large moves since the previous period, ratio outliers, self-scores above the
 *       method, rare không phát sinh claims, missing or mis-dated evidence), with {@link
 *       org.opendti.insight.InsightThresholds} from {@code policy/insight.json}.
 * </ul>
 *
 * <pre>{@code
 * List<UnitScore> scores = new Scorer().score(dataset, times);
 * List<UnitOpportunities> chances = new WhatIf(times).reports(dataset, scores);
 * List<Flag> flags = new AnomalyDetector(InsightThresholds.load(projectDir)).detect(dataset, scores);
 * }</pre>
 */
package org.opendti.insight;
