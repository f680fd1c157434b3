package org.opendti.render;

import java.util.List;
import org.opendti.load.Dataset;
import org.opendti.rank.Ranking;
import org.opendti.score.UnitScore;
import org.opendti.validate.ValidationReport;

/**
 * Everything the site is made of: the loaded data, the validation report (framework checker
 * findings appear on the methodology pages), the scores and the rankings.
 */
public record SiteInput(
    Dataset dataset, ValidationReport report, List<UnitScore> scores, List<Ranking> rankings) {
  public SiteInput {
    scores = List.copyOf(scores);
    rankings = List.copyOf(rankings);
  }
}
