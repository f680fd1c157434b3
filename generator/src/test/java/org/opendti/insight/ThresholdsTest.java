package org.opendti.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendti.model.InsightThresholds;

/** Thresholds decide what is flagged; reading policy/insight.json is tested in load. */
class ThresholdsTest {

  @Test
  void thresholdsChangeWhatIsFlagged() {
    AnomalyFixture f = new AnomalyFixture();
    InsightThresholds loose =
        new InsightThresholds(
            new java.math.BigDecimal("0.005"),
            InsightThresholds.DEFAULTS.movedTotalShare(),
            InsightThresholds.DEFAULTS.outlierZ(),
            8,
            InsightThresholds.DEFAULTS.equalShare(),
            5,
            InsightThresholds.DEFAULTS.rareNotApplicableShare(),
            10,
            InsightThresholds.DEFAULTS.evidenceShare(),
            10,
            0,
            60);
    var data = f.dataset();
    var scores = new org.opendti.score.Scorer().score(data, org.opendti.model.ArrivalTimes.none());
    // Every ratio moved a little (one more case than last year, 0.04 to 0.1 points): 0.5% of 10
    // points catches some.
    assertThat(new AnomalyDetector(loose).detect(data, scores))
        .isNotEmpty()
        .allMatch(x -> x.code().equals(Flag.MOVED) && x.criterionId() != null);
  }
}
