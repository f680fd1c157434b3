package org.opendti.render;

import java.util.List;
import org.opendti.insight.Insights;
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;
import org.opendti.validate.ValidationReport;

/**
 * Everything the site is made of: the loaded data, the validation report (framework checker
 * findings appear on the methodology pages), the scores, the rankings, and the insights (what-if
 * gains on scorecards, anomaly flags on the reviewers' page).
 */
public record SiteInput(
    Dataset dataset,
    ValidationReport report,
    List<UnitScore> scores,
    List<Ranking> rankings,
    Insights insights) {
  public SiteInput {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
    insights = insights == null ? Insights.EMPTY : insights;
  }

  /** A site without insights. */
  public SiteInput(
      Dataset dataset, ValidationReport report, List<UnitScore> scores, List<Ranking> rankings) {
    this(dataset, report, scores, rankings, Insights.EMPTY);
  }
}
