package org.opendti.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>The chart is drawn for a phone: {@value #WIDTH} user units wide with 16-unit text, it scales
 * down to the 288 px column of a 320 px screen with its text still 12.8 px (WCAG 1.4.4, 1.4.10). So
 * each label sits on its own lines above its bar (wrapped, since SVG text does not wrap) and the
 * value to the right of the bar.
 */
final class PillarChart {

  private PillarChart() {}

  private static final int WIDTH = 360;

  /**
   * Labels and bars start {@value #LEFT} units in, so a glyph that overhangs its origin (a "T") is
   * not clipped by the chart's edge.
   */
  private static final int LEFT = 2;

  /** The track leaves 130 units for the value ("282,37 / 300") at the right. */
  private static final int TRACK = 228;

  /**
   * Characters per label line: 16-unit text averages under 9 units a character in the site's
   * sans-serif fonts, Vietnamese letters included, so 36 fit in {@value #WIDTH} units.
   */
  private static final int LINE_CHARS = 36;

  private static final int LINE = 20;
  private static final int BAR = 16;
  private static final int GAP = 14;

  static ScorecardView.Chart of(Lang lang, Framework fw, UnitScore s) {
    List<ScorecardView.Bar> bars = new ArrayList<>();
    int top = 2;
    for (Group p : fw.pillars()) {
      Optional<PillarScore> ps =
          s.pillars().stream().filter(x -> x.pillarId().equals(p.id())).findFirst();
      BigDecimal points = ps.map(PillarScore::points).orElse(BigDecimal.ZERO);
      BigDecimal max = ps.map(PillarScore::max).orElse(p.basePoints());
      BigDecimal share =
          max.signum() > 0
              ? points.divide(max, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO)
              : BigDecimal.ZERO;
      String label = lang.pick(p.name(), p.nameEn());
      List<ScorecardView.Line> lines = new ArrayList<>();
      for (String text : wrap(label, LINE_CHARS)) {
        lines.add(new ScorecardView.Line(text, Integer.toString(top + 15 + lines.size() * LINE)));
      }
      int barY = top + lines.size() * LINE + 4;
      bars.add(
          new ScorecardView.Bar(
              label,
              lines,
              lang.points(points),
              lang.points(max),
              lang.number(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%",
              Integer.toString(barY),
              Integer.toString(barY + 13),
              Integer.toString(LEFT),
              share
                  .multiply(BigDecimal.valueOf(TRACK))
                  .setScale(1, RoundingMode.HALF_UP)
                  .toPlainString(),
              Integer.toString(TRACK),
              Integer.toString(BAR)));
      top = barY + BAR + GAP;
    }
    return new ScorecardView.Chart(
        Integer.toString(WIDTH),
        Integer.toString(Math.max(LINE + BAR, top - GAP + 4)),
        "",
        Integer.toString(WIDTH),
        bars);
  }

  /**
   * Splits {@code text} into lines of at most {@code max} characters (user-perceived characters, so
   * a letter and its marks stay together) at spaces; a word longer than a line is cut.
   */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int length = 0;
    for (String word : text.strip().split("\\s+")) {
      for (String piece : cut(word, max)) {
        int n = graphemes(piece).size();
        if (length > 0 && length + 1 + n > max) {
          lines.add(line.toString());
          line.setLength(0);
          length = 0;
        }
        if (length > 0) {
          line.append(' ');
          length++;
        }
        line.append(piece);
        length += n;
      }
    }
    if (length > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<String> cut(String word, int max) {
    List<String> g = graphemes(word);
    List<String> pieces = new ArrayList<>();
    for (int from = 0; from < g.size(); from += max) {
      pieces.add(String.join("", g.subList(from, Math.min(g.size(), from + max))));
    }
    return pieces;
  }

  private static List<String> graphemes(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      out.add(s.substring(start, end));
    }
    return out;
  }
}
