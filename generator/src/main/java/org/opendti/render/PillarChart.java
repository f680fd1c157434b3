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
 * Geometry of the scorecard's SVG bar chart (points per pillar). Sizes are SVG attributes, not
 * styles, because the Content-Security-Policy forbids inline styles; numbers in attributes use a
 * decimal point whatever the page's language.
 */
final class PillarChart {

  private PillarChart() {}

  private static final int CHART_WIDTH = 640;
  private static final int LABEL_WIDTH = 230;
  private static final int TRACK = 300;
  private static final int ROW = 30;

  static ScorecardView.Chart of(Lang lang, Framework fw, UnitScore s) {
    List<ScorecardView.Bar> bars = new ArrayList<>();
    int i = 0;
    for (Group p : fw.pillars()) {
      Optional<PillarScore> ps =
          s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst();
      BigDecimal points = ps.map(PillarScore::points).orElse(BigDecimal.ZERO);
      BigDecimal max = ps.map(PillarScore::max).orElse(p.basePoints());
      BigDecimal share =
          max.signum() > 0
              ? points.divide(max, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO)
              : BigDecimal.ZERO;
      int y = i * ROW + 4;
      bars.add(
          new ScorecardView.Bar(
              lang.pick(p.name(), p.nameEn()),
              lang.points(points),
              lang.points(max),
              lang.number(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%",
              Integer.toString(y),
              Integer.toString(y + 15),
              Integer.toString(LABEL_WIDTH),
              share
                  .multiply(BigDecimal.valueOf(TRACK))
                  .setScale(1, RoundingMode.HALF_UP)
                  .toPlainString(),
              Integer.toString(TRACK),
              "20"));
      i++;
    }
    return new ScorecardView.Chart(
        Integer.toString(CHART_WIDTH), Integer.toString(Math.max(ROW, i * ROW + 8)), "", bars);
  }
}
