package org.opendti.render;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.render.view.DataFile;
import org.opendti.render.view.Link;
import org.opendti.render.view.OpenDataView;

/**
 * The open-data page: every framework's published periods with their score files, the data package
 * and the unit registry, each saved under a name that says what it is (see {@code docs/formats.md},
 * "Published scores").
 */
final class OpenDataPage {

  private OpenDataPage() {}

  static String path(Lang lang) {
    return SitePaths.prefix(lang) + "open-data.html";
  }

  static OpenDataView view(PageContext page) {
    SiteIndex index = page.index();
    Lang lang = page.lang();
    List<OpenDataView.FrameworkFiles> frameworks = new ArrayList<>();
    boolean sample = false;
    for (Framework fw : index.frameworks()) {
      List<OpenDataView.PeriodFiles> periods = new ArrayList<>();
      // Archived periods too: their pages are gone, their data are not.
      for (Period p : index.publishedPeriods(fw)) {
        periods.add(
            new OpenDataView.PeriodFiles(
                p.id() + ": " + lang.date(p.start()) + " – " + lang.date(p.end()),
                file(page, fw, p, "scores.xlsx", "openDataXlsx"),
                file(page, fw, p, "scores.csv", "openDataCsv"),
                file(page, fw, p, "scores.json", "openDataJson"),
                file(page, fw, p, "insights.json", "openDataInsights")));
        sample |= index.scores(fw.id(), p.id()).stream().anyMatch(s -> index.isSample(s.unitId()));
      }
      if (!periods.isEmpty()) {
        frameworks.add(
            new OpenDataView.FrameworkFiles(
                lang.pick(fw.title(), fw.titleEn()),
                lang.attributeOfPick(fw.titleEn()),
                new Link(page.t("criteriaCatalogue"), page.href(SitePaths.criteria(lang, fw.id()))),
                periods));
      }
    }
    return new OpenDataView(
        frameworks,
        page.dataFile(page.t("openDataPackage"), SitePaths.DATAPACKAGE),
        page.dataFile(page.t("openDataUnits"), SitePaths.UNITS),
        sample);
  }

  private static DataFile file(
      PageContext page, Framework fw, Period p, String name, String labelKey) {
    return page.dataFile(page.t(labelKey), SitePaths.data(fw.id(), p.id(), name));
  }
}
