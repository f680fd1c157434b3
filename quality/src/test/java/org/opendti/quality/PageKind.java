package org.opendti.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * One page of every kind the site publishes, as the checks that look at whole pages (responsive
 * layout, Lighthouse, the README's screenshots) visit them: the Vietnamese page's path; the English
 * one is the same under {@code en/}.
 *
 * @param name short name, for reports and screenshot files
 * @param path the Vietnamese page, relative to the site root
 */
record PageKind(String name, String path) {

  /** The Ngã Năm framework: the repository's real data (seed 002_…). */
  private static final String REAL = "nga-nam-2024";

  /** The page in {@code lang} ("vi" or "en"). */
  String path(String lang) {
    return "en".equals(lang) ? "en/" + path : path;
  }

  /** Every kind, found in the built {@code site}; fails if one is missing. */
  static List<PageKind> all(Path site) {
    String provinceWide = biggestRanking(site);
    return List.of(
        new PageKind("home", "index.html"),
        new PageKind("ranking", Sites.firstPage(site, "rankings/" + REAL + "/", ".html")),
        new PageKind("ranking-province", provinceWide),
        new PageKind("scorecard", Sites.firstPage(site, "units/nga-nam/", ".html")),
        new PageKind("scorecard-sample", firstRowScorecard(site, provinceWide)),
        new PageKind("criteria", existing(site, "criteria/" + REAL + ".html")),
        new PageKind("methodology", existing(site, "criteria/" + REAL + "-methodology.html")),
        new PageKind("form", existing(site, "forms/" + REAL + ".html")),
        new PageKind("form-yes-no", existing(site, "forms/lac-dao-2024.html")),
        new PageKind("correction", existing(site, "corrections/" + REAL + ".html")),
        new PageKind("overview", existing(site, "overview/" + REAL + "/2023.html")),
        new PageKind(
            "overview-districts", Sites.firstPage(site, "overview/gia-lai-2023-xa/", ".html")),
        new PageKind("compare", existing(site, "compare.html")),
        new PageKind("search", existing(site, "search.html")),
        new PageKind("open-data", existing(site, "open-data.html")),
        new PageKind("reviewers", existing(site, "reviewers.html")),
        new PageKind("reviewers-cohort", biggestWorkbenchPage(site)),
        new PageKind("404", existing(site, "404.html")));
  }

  /** The ranking with the most rows: the province-wide ranking of the sample communes. */
  static String biggestRanking(Path site) {
    return Sites.htmlPages(site).stream()
        .filter(p -> p.startsWith("rankings/"))
        .max(Comparator.comparingInt(p -> rankingRows(site, p)))
        .orElseThrow(() -> new AssertionError("no ranking page in " + site));
  }

  /** The workbench's page with the most units: a province's communes in the sample data. */
  static String biggestWorkbenchPage(Path site) {
    return Sites.htmlPages(site).stream()
        .filter(p -> p.startsWith("reviewers/"))
        .max(Comparator.comparingInt(p -> count(site, p, "table.dashboard tbody tr")))
        .orElseThrow(() -> new AssertionError("no workbench page in " + site));
  }

  /** Rows of the ranking table in a page of the site. */
  static int rankingRows(Path site, String page) {
    return count(site, page, "table.ranking tbody tr");
  }

  /** How many elements a CSS selector finds in a page of the site. */
  private static int count(Path site, String page, String selector) {
    try {
      return Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select(selector).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scorecard the first row of a ranking links to. */
  private static String firstRowScorecard(Path site, String ranking) {
    try {
      String href =
          Jsoup.parse(site.resolve(ranking).toFile(), "UTF-8")
              .select("table.ranking tbody tr th a[href]")
              .first()
              .attr("href");
      return existing(
          site, site.relativize(site.resolve(ranking).resolveSibling(href).normalize()).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String existing(Path site, String page) {
    if (!Files.isRegularFile(site.resolve(page))) {
      throw new AssertionError("no page " + page + " in " + site);
    }
    return page.replace('\\', '/');
  }
}
