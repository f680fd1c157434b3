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
        List<DataFile> files = new ArrayList<>(scoreFiles(page, fw.id(), p.id()));
        files.add(
            page.dataFile(
                page.t("openDataInsights"), SitePaths.data(fw.id(), p.id(), "insights.json")));
        periods.add(
            new OpenDataView.PeriodFiles(
                p.id() + ": " + lang.date(p.start()) + " – " + lang.date(p.end()), files));
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

  /**
   * A period's scores, in the order every page lists them: the Excel workbook first (the file a
   * reader with Excel wants, {@link TableWorkbook}), the CSV, the JSON.
   */
  static List<DataFile> scoreFiles(PageContext page, String framework, String period) {
    return List.of(
        page.dataFile(page.t("openDataXlsx"), SitePaths.data(framework, period, "scores.xlsx")),
        page.dataFile(page.t("openDataCsv"), SitePaths.data(framework, period, "scores.csv")),
        page.dataFile(page.t("openDataJson"), SitePaths.data(framework, period, "scores.json")));
  }
}
