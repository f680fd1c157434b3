package org.opendti.render;

import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.uncertainty.RankInterval;
import org.opendti.insight.uncertainty.RankIntervals;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.Method;
import org.opendti.render.view.Link;
import org.opendti.render.view.MethodologyView;

/**
 * Rank intervals as the site shows them (issue #18): "2–5" next to a rank, the "≈" mark where the
 * unit just above is not clearly ahead, and the methodology page's section on the analysis.
 */
final class RankIntervalText {

  /** The anchor of the methodology page's section. */
  static final String ANCHOR = "rank-intervals";

  private RankIntervalText() {}

  /** "2–5", or "" when the interval is the rank itself or the analysis did not run. */
  static String interval(Lang lang, Optional<SiteIndex.IntervalPlace> place) {
    if (place.isEmpty() || place.get().interval().collapsed()) {
      return "";
    }
    RankInterval i = place.get().interval();
    return lang.integer(i.low()) + "–" + lang.integer(i.high());
  }

  static boolean notClearlyBehind(Optional<SiteIndex.IntervalPlace> place) {
    return place.map(SiteIndex.IntervalPlace::notClearlyBehind).orElse(false);
  }

  /** The methodology page's section, relative to the page. */
  static Link methodologyLink(PageContext page, Framework fw) {
    return new Link(
        "",
        SitePaths.href(page.path(), SitePaths.methodology(page.lang(), fw.id())) + "#" + ANCHOR);
  }

  /** What the analysis varies for this framework, for the methodology page. */
  static MethodologyView.RankIntervals methodology(Lang lang, Framework fw) {
    List<String> cohort =
        fw.allCriteria().stream()
            .filter(c -> c.method() instanceof Method.Cohort)
            .map(c -> c.id() + " " + lang.pick(c.name(), c.nameEn()))
            .toList();
    long weighted = fw.pillars().stream().filter(p -> p.basePoints().signum() > 0).count();
    return new MethodologyView.RankIntervals(
        lang.integer(RankIntervals.DEFAULT_DRAWS),
        lang.integer(RankIntervals.DEFAULT_WEIGHT_BAND_PERCENT),
        cohort,
        fw.aggregation().rescaleNotApplicable(),
        fw.allCriteria().stream().anyMatch(Criterion::notApplicableAllowed),
        lang.integer(weighted),
        weighted >= 2);
  }
}
