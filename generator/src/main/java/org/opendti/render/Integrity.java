package org.opendti.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.insight.CohortIntegrity;
import org.opendti.insight.UnitIntegrity;
import org.opendti.insight.integrity.DigitTest;
import org.opendti.insight.integrity.DigitTestResult;
import org.opendti.model.CohortKey;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.render.view.IntegrityView;
import org.opendti.render.view.Link;

/** The integrity section of the reviewers' page: digit tests per framework and period. */
final class Integrity {

  private Integrity() {}

  static IntegrityView view(PageContext page) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    List<IntegrityView.Cohort> out = new ArrayList<>();
    for (Framework fw : index.frameworks()) {
      for (Period p : index.pagedPeriods(fw)) {
        Optional<CohortIntegrity> c =
            index.input().insights().integrity(new CohortKey(fw.id(), p.id()));
        c.ifPresent(x -> out.add(cohort(page, fw, p, x)));
      }
    }
    return new IntegrityView(out);
  }

  private static IntegrityView.Cohort cohort(
      PageContext page, Framework fw, Period p, CohortIntegrity c) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    List<IntegrityView.Summary> summary = new ArrayList<>();
    for (DigitTest test : DigitTest.values()) {
      int tested = 0;
      int flagged = 0;
      int notRun = 0;
      for (UnitIntegrity u : c.units()) {
        for (DigitTestResult r : u.results()) {
          if (r.test() == test) {
            tested += r.ran() ? 1 : 0;
            flagged += r.flagged() ? 1 : 0;
            notRun += r.ran() ? 0 : 1;
          }
        }
      }
      summary.add(
          new IntegrityView.Summary(
              lang.pick(test.nameVi(), test.nameEn()),
              lang.integer(tested),
              lang.integer(flagged),
              lang.integer(notRun),
              lang.integer(test.minimumValues())));
    }
    List<IntegrityView.UnitRow> flagged = new ArrayList<>();
    c.units().stream()
        .filter(UnitIntegrity::flagged)
        .sorted(
            Comparator.comparing(
                (UnitIntegrity u) -> index.unitName(u.unitId(), lang), index.names()))
        .forEach(
            u ->
                flagged.add(
                    new IntegrityView.UnitRow(
                        new Link(
                            index.unitName(u.unitId(), lang),
                            SitePaths.href(
                                page.path(),
                                SitePaths.scorecard(lang, u.unitId(), fw.id(), p.id()))),
                        lang.integer(u.values()),
                        u.results().stream().map(r -> result(lang, r)).toList())));
    return new IntegrityView.Cohort(
        page.titleInPeriod(fw, p),
        lang.integer(c.pooled().values()),
        c.pooled().results().stream().map(r -> result(lang, r)).toList(),
        summary,
        flagged);
  }

  static IntegrityView.Result result(Lang lang, DigitTestResult r) {
    boolean ran = r.ran();
    return new IntegrityView.Result(
        lang.pick(r.test().nameVi(), r.test().nameEn()),
        r.test().code(),
        ran,
        r.flagged(),
        lang.integer(r.n()),
        r.test() == DigitTest.LAST_DIGIT_UNIFORM
            ? "X²"
            : lang.pick("số giá trị tận cùng 0 hoặc 5", "values ending in 0 or 5"),
        ran ? lang.number(r.statistic()) : "",
        ran ? lang.number(r.expected()) : "",
        ran ? lang.number(r.pValue()) : "",
        lang.number(r.threshold()),
        ran ? percent(lang, r.falsePositiveRate()) : "",
        ran ? "" : reason(lang, r));
  }

  /** A rate as a percentage, "0,79%". */
  private static String percent(Lang lang, BigDecimal rate) {
    return lang.percent(rate.movePointRight(2));
  }

  /** "quá ít giá trị: n = 12 < 26" in the page's language. */
  private static String reason(Lang lang, DigitTestResult r) {
    return lang.pick("quá ít giá trị: n = ", "too few values: n = ")
        + lang.integer(r.n())
        + " < "
        + lang.integer(r.minimumN());
  }
}
