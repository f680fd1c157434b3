package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.render.view.ScorecardView;
import org.opendti.score.UnitScore;

class PillarChartTest {

  @Test
  void shortLabelsKeepOneLine() {
    assertThat(PillarChart.wrap("  Nhận thức số ", 36)).containsExactly("Nhận thức số");
    assertThat(PillarChart.wrap("", 36)).containsExactly("");
  }

  @Test
  void longLabelsWrapAtSpaces() {
    assertThat(
            PillarChart.wrap(
                "Chuyển đổi số trong hoạt động của cơ quan nhà nước và phục vụ người dân", 36))
        .containsExactly(
            "Chuyển đổi số trong hoạt động của cơ", "quan nhà nước và phục vụ người dân");
  }

  @Test
  void aWordLongerThanALineIsCutBetweenCharactersNotMarks() {
    String decomposed = "e\u0301".repeat(40);
    List<String> lines = PillarChart.wrap("ab " + decomposed, 36);
    assertThat(lines).containsExactly("ab", "e\u0301".repeat(36), "e\u0301".repeat(4));
  }

  @Test
  void barsAndTheirLabelsStackWithoutOverlapInsideTheChart() {
    SiteInput input = SiteFixture.input();
    UnitScore s = input.scores().get(0);
    ScorecardView.Chart chart = PillarChart.of(Lang.VI, SiteFixture.framework(), s);
    assertThat(chart.bars()).isNotEmpty();
    assertThat(chart.width()).isEqualTo("360");
    double bottom = 0;
    for (ScorecardView.Bar b : chart.bars()) {
      for (ScorecardView.Line l : b.lines()) {
        // A 16-unit line's glyphs start about 15 units above its baseline.
        assertThat(Double.parseDouble(l.y()) - 15).isGreaterThanOrEqualTo(bottom);
        bottom = Double.parseDouble(l.y()) + 4;
      }
      double y = Double.parseDouble(b.y());
      assertThat(y).isGreaterThanOrEqualTo(bottom);
      assertThat(Double.parseDouble(b.barWidth()))
          .isBetween(0.0, Double.parseDouble(b.trackWidth()));
      bottom = y + Double.parseDouble(b.barHeight());
    }
    assertThat(Double.parseDouble(chart.height())).isGreaterThanOrEqualTo(bottom);
  }
}
