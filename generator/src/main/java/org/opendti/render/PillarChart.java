package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.PillarScore;
import org.opendti.score.UnitScore;

/**
 * The scorecard's points per pillar: one table says the numbers and draws the bars (a {@code
 * <meter>} per row, its value the share of the pillar's maximum), so the chart and its data are
 * said once. The meter's value is an attribute, written with a decimal point whatever the page's
 * language.
 */
final class PillarChart {

  private PillarChart() {}

  static List<ScorecardView.PillarShare> of(Lang lang, Framework fw, UnitScore s) {
    List<ScorecardView.PillarShare> rows = new ArrayList<>();
    for (Group p : fw.pillars()) {
      Optional<PillarScore> ps =
          s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst();
      BigDecimal points = ps.map(PillarScore::points).orElse(BigDecimal.ZERO);
      BigDecimal max = ps.map(PillarScore::max).orElse(p.basePoints());
      BigDecimal share =
          max.signum() > 0
              ? points.divide(max, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO)
              : BigDecimal.ZERO;
      rows.add(
          new ScorecardView.PillarShare(
              lang.pick(p.name(), p.nameEn()),
              lang.points(points),
              lang.points(max),
              lang.percent(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)),
              share.stripTrailingZeros().toPlainString()));
    }
    return rows;
  }
}
