package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

class PillarChartTest {

  @Test
  void eachPillarHasItsPointsAndTheBarsValueIsItsShareWithADecimalPoint() {
    SiteInput input = SiteFixture.input();
    UnitScore s = input.scores().get(0);
    List<ScorecardView.PillarShare> rows = PillarChart.of(Lang.VI, SiteFixture.framework(), s);
    assertThat(rows).hasSize(SiteFixture.framework().pillars().size());
    for (int i = 0; i < rows.size(); i++) {
      ScorecardView.PillarShare r = rows.get(i);
      PillarScore ps = s.pillars().get(i);
      assertThat(r.points()).isEqualTo(Lang.VI.points(ps.points()));
      assertThat(r.max()).isEqualTo(Lang.VI.points(ps.max()));
      BigDecimal fraction = new BigDecimal(r.fraction());
      assertThat(fraction).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(fraction.doubleValue())
          .isCloseTo(ps.points().doubleValue() / ps.max().doubleValue(), within(0.0001));
      assertThat(r.share()).endsWith("%").doesNotContain(".");
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
