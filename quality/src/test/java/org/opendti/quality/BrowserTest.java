package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built site in a real browser (Chromium via Playwright), over HTTP from a loopback server and
 * from {@code file://}: pages open without script errors, ranking tables sort and filter, the
 * language switch works, and with JavaScript off the ranking table is still complete.
 */
class BrowserTest {

  private static SiteBrowser web;
  private static Browser browser;
  private static Path site;

  private BrowserContext context;
  private Page page;
  private final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    web = SiteBrowser.open();
    site = web.site();
    browser = web.browser();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
    page = context.newPage();
    page.onConsoleMessage(
        m -> {
          // Failed loads are reported with their address by onResponse below.
          if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
            errors.add(m.text());
          }
        });
    page.onPageError(errors::add);
    page.onResponse(
        r -> {
          // The layout declares an icon (assets/favicon.svg), so no browser asks for
          // /favicon.ico: every failed load counts.
          if (r.status() >= 400 && !r.request().isNavigationRequest()) {
            errors.add(r.status() + " " + r.url());
          }
        });
    page.onDialog(d -> errors.add("dialog: " + d.message()));
  }

  @AfterEach
  void close() {
    context.close();
    assertThat(errors).as("console errors, page errors or dialogs").isEmpty();
  }

  private void go(String relative) {
    Response r = page.navigate(web.url(relative));
    assertThat(r.status()).as(relative).isEqualTo(200);
  }

  private void shot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Sites.screenshots().resolve(name)).setFullPage(true));
  }

  @Test
  void homePageOpensInVietnamese() {
    go("");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
    assertThat(page.locator("h1").first().isVisible()).isTrue();
    assertThat(page.title()).isNotBlank();
    assertThat(page.locator("main a[href*='rankings/']").count()).isPositive();
    shot("home.png");
  }

  @Test
  void scorecardDrawsItsNumbersAsBarsInTheirTables() {
    go(Sites.firstPage(site, "units/", ".html"));
    assertThat(page.locator("h1").first().isVisible()).isTrue();
    // The pillars' points, the histogram of totals where there is one and the totals per period:
    // each a table that draws its numbers as bars, a meter in every row of its body, drawn as
    // wide as its cell and hidden from screen readers (the numbers beside it say the same).
    assertThat(page.locator("svg.chart").count()).isZero();
    // Every row but a group's header (the history's framework names its rows).
    Locator rows = page.locator("table.bars tbody tr:not(.framework)");
    assertThat(page.locator("table.pillars tbody tr").count()).isPositive();
    assertThat(page.locator("table.history tbody tr").count()).isPositive();
    for (int i = 0; i < rows.count(); i++) {
      Locator meter = rows.nth(i).locator("meter");
      assertThat(meter.getAttribute("aria-hidden")).isEqualTo("true");
      meter.scrollIntoViewIfNeeded();
      assertThat(meter.boundingBox().width).isGreaterThan(60);
      assertThat(meter.boundingBox().height).isGreaterThan(10);
    }
    shot("scorecard.png");
  }

  /**
   * On a phone the criteria table does not scroll sideways: each criterion is a card, its name
   * above, its points below it, both inside the screen (ResponsiveTest checks every cell and the
   * labels).
   */
  @Test
  void scorecardShowsEveryCriterionsPointsOnAPhone() {
    page.setViewportSize(390, 844);
    go(Sites.firstPage(site, "units/", ".html"));
    Locator region = page.locator("section[aria-labelledby=criteria] .table-scroll");
    region.scrollIntoViewIfNeeded();
    double left = region.boundingBox().x;
    double right = left + region.boundingBox().width;
    Locator rows = page.locator("table.criteria tbody tr[id^='c-']");
    assertThat(rows.count()).isPositive();
    assertThat((Boolean) region.evaluate("r => r.scrollWidth > r.clientWidth"))
        .as("the criteria table scrolls sideways on a phone")
        .isFalse();
    for (int i = 0; i < Math.min(rows.count(), 8); i++) {
      var n = rows.nth(i).locator("th").first().boundingBox();
      var p = rows.nth(i).locator("td").last().boundingBox();
      String row = "row " + i;
      assertThat(n.x).as("name of " + row).isGreaterThanOrEqualTo(left - 1);
      assertThat(n.x + n.width).as("name of " + row).isLessThanOrEqualTo(right + 1);
      assertThat(p.x + p.width).as("points of " + row).isLessThanOrEqualTo(right + 1);
      assertThat(p.y).as("points of " + row + " below its name").isGreaterThan(n.y + n.height - 1);
    }
    page.setViewportSize(1200, 900);
  }

  /**
   * A table's scroll region far down a scorecard keeps its tab stop until it is measured; when the
   * keyboard is what brings it on screen, it keeps the focus (and its ring) until the focus moves
   * on, instead of dropping it to the page.
   */
  @Test
  void aTableRegionTheKeyboardReachesKeepsTheFocus() {
    page.setViewportSize(1366, 900);
    go(Sites.firstPage(site, "units/", ".html"));
    // A handle, not a locator: once its tab stop goes, ".table-scroll[tabindex]" is another region.
    com.microsoft.playwright.ElementHandle far =
        page.locator(".table-scroll[tabindex]").last().elementHandle();
    assertThat((Boolean) far.evaluate("r => r.getBoundingClientRect().top > 2 * innerHeight"))
        .as("a region still to be measured, far below")
        .isTrue();
    far.focus();
    page.waitForTimeout(500);
    assertThat((Boolean) far.evaluate("r => r === document.activeElement"))
        .as("the region keeps the focus once measured")
        .isTrue();
    assertThat((Boolean) far.evaluate("r => r.scrollWidth > r.clientWidth")).isFalse();
    page.keyboard().press("Tab");
    assertThat(far.getAttribute("tabindex")).as("no tab stop once the focus moved on").isNull();
    page.setViewportSize(1200, 900);
  }

  /**
   * On a phone a ranking shows what a reader looks for without scrolling the table: the rank, its
   * interval inside its own cell (not under the sticky unit column), the unit and the total.
   */
  @Test
  void aRankingOnAPhoneShowsRankIntervalUnitAndTotal() {
    page.setViewportSize(390, 844);
    go(biggestRanking());
    Locator rows = page.locator("table.ranking tbody tr");
    int checked = 0;
    for (int i = 0; i < Math.min(rows.count(), 12); i++) {
      Locator row = rows.nth(i);
      var unit = row.locator("th").boundingBox();
      var total = row.locator("td.num").first().boundingBox();
      assertThat(total.x + total.width).as("total of row %d in view", i).isLessThanOrEqualTo(390);
      Locator interval = row.locator(".rank-interval");
      if (interval.count() > 0) {
        var box = interval.boundingBox();
        assertThat(box.x + box.width)
            .as("interval of row %d left of its unit", i)
            .isLessThanOrEqualTo(unit.x + 0.5);
        checked++;
      }
    }
    assertThat(checked).as("rows with an interval").isPositive();
    page.setViewportSize(1200, 900);
  }

  @Test
  void criteriaPageLists() {
    go(Sites.firstPage(site, "criteria/", ".html"));
    assertThat(page.locator("h1").first().isVisible()).isTrue();
    assertThat(page.locator("main").textContent()).isNotBlank();
    shot("criteria.png");
  }

  @Test
  void rankingSortsByTotalBothWays() {
    String ranking = biggestRanking();
    go(ranking);
    Locator total = totalHeader();
    // A visible control in the header, not a header that sorts when clicked somewhere.
    assertThat(total.locator("button.sort").isVisible()).isTrue();
    total.locator("button.sort").click();
    assertThat(total.getAttribute("aria-sort")).isEqualTo("ascending");
    List<Double> asc = totals();
    assertThat(asc).isSorted();
    total.locator("button.sort").click();
    assertThat(total.getAttribute("aria-sort")).isEqualTo("descending");
    List<Double> desc = totals();
    assertThat(desc).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(desc).hasSameSizeAs(asc).hasSize(rowsInFile(ranking));
    shot("ranking.png");
  }

  /**
   * Sorted by name in the browser, a ranking is in the order the site lists names in
   * (org.opendti.rank.NameOrder): Vietnamese letters, numbers by value ("Xã Mẫu An 2" before "Xã
   * Mẫu An 10").
   */
  @Test
  void rankingSortsByNameAsTheSiteOrdersNames() {
    go(biggestRanking());
    // The sample's names number up to 2 only: two rows renamed so that 10 and 2 are both there.
    page.evaluate(
        "() => { const a = document.querySelectorAll('table.ranking tbody tr th a');"
            + " a[0].textContent = 'Xã Thử 10'; a[1].textContent = 'Xã Thử 2'; }");
    Locator name =
        page.locator("table.ranking thead th")
            .filter(
                new Locator.FilterOptions()
                    .setHasText(java.util.regex.Pattern.compile("^(Đơn vị|Unit)$")));
    name.locator("button.sort").click();
    assertThat(name.getAttribute("aria-sort")).isEqualTo("ascending");
    List<String> names =
        page.locator("table.ranking tbody tr th").allTextContents().stream()
            .map(String::trim)
            .toList();
    assertThat(names).hasSizeGreaterThan(20).isSortedAccordingTo(new org.opendti.rank.NameOrder());
    assertThat(names).containsSubsequence("Xã Thử 2", "Xã Thử 10");
  }

  @Test
  void rankingFiltersByUnitName() {
    String ranking = biggestRanking();
    go(ranking);
    int all = page.locator("table.ranking tbody tr").count();
    String first = page.locator("table.ranking tbody tr th").first().textContent().trim();
    // The whole name, diacritics and all: matches that unit (and names that extend it).
    String query = first;
    page.locator("label.filter input").fill(query);
    Locator visible = page.locator("table.ranking tbody tr:not([hidden])");
    assertThat(visible.count()).isBetween(1, all - 1);
    // Each word of the query is in the unit's name or its parent's (district) name.
    List<String> words = List.of(Browsers.fold(query).split("\\s+"));
    for (Object row :
        (List<?>)
            visible.evaluateAll(
                "rows => rows.map(r => r.cells[1].textContent + ' ' + (r.querySelector('td.parent') || {textContent: ''}).textContent)")) {
      assertThat(words).allMatch(w -> Browsers.fold((String) row).contains(w));
    }
    page.locator("label.filter input").fill("không-có-đơn-vị-nào-như-vậy");
    assertThat(page.locator("table.ranking tbody tr:not([hidden])").count()).isZero();
    page.locator("label.filter input").fill("");
    assertThat(page.locator("table.ranking tbody tr:not([hidden])").count()).isEqualTo(all);
    // Without diacritics, in lower case, as the unit search takes it: the same unit.
    String folded = Browsers.fold(first);
    assertThat(folded).isNotEqualTo(first);
    page.locator("label.filter input").fill(folded);
    assertThat(visible.locator("th").allTextContents()).contains(first);
    assertThat(page.locator("#ranking-count").textContent())
        .contains(Integer.toString(visible.count()));
    // The province-wide table's parent column: a district's name finds all its communes.
    String parent = page.locator("table.ranking tbody tr td.parent").first().textContent().trim();
    long inParent =
        page.locator("table.ranking tbody tr td.parent").allTextContents().stream()
            .filter(p -> p.trim().equals(parent))
            .count();
    page.locator("label.filter input").fill(Browsers.fold(parent));
    List<String> parents = visible.locator("td.parent").allTextContents();
    assertThat(parents.stream().filter(p -> p.trim().equals(parent)).count()).isEqualTo(inParent);
    assertThat(parents.size()).isLessThan(all);
  }

  /**
   * The reviewers' workbench (issue 15): each table filters by state (the sample cohort has units
   * not submitted, awaiting review and reviewed, and open objections) and by name, and sorts by
   * days past the deadline.
   */
  @Test
  void workbenchFiltersByStateAndSortsByDays() {
    go("reviewers.html");
    page.locator("main h2 a[href='reviewers/lac-dao-2024-2024.html']").click();
    // The click returns once the new page is committed, before site.js has wired the filters: a
    // choice made then is applied when it runs, but a count read at once would see every row.
    page.waitForURL("**/reviewers/lac-dao-2024-2024.html");
    String table = "#t-lac-dao-2024-2024";
    Locator rows = page.locator(table + " tbody tr");
    Locator shown = page.locator(table + " tbody tr:not([hidden])");
    int all = rows.count();
    Locator state = page.locator("select[aria-controls='t-lac-dao-2024-2024']");
    for (String s : List.of("missing", "pending", "reviewed")) {
      state.selectOption(s);
      assertThat(shown.count()).as(s).isBetween(1, all - 1);
      @SuppressWarnings("unchecked")
      List<Object> states = (List<Object>) shown.evaluateAll("rs => rs.map(r => r.dataset.state)");
      assertThat(states).as(s).containsOnly(s);
    }
    state.selectOption("objection");
    assertThat(shown.count()).isPositive();
    assertThat(page.locator(table + " tbody tr[data-objection]:not([hidden])").count())
        .isEqualTo(shown.count());
    // Both filters at once: not submitted, and a name none of them has.
    state.selectOption("missing");
    page.locator("input[aria-controls='t-lac-dao-2024-2024']").fill("không-có-đơn-vị-nào");
    assertThat(shown.count()).isZero();
    page.locator("input[aria-controls='t-lac-dao-2024-2024']").fill("");
    state.selectOption("");
    assertThat(shown.count()).isEqualTo(all);
    // Sorting by days: the units not submitted (the most days late) come first, descending.
    // The sort control is the header's button (site.js); aria-sort is on the header.
    Locator days = page.locator(table + " thead th").nth(2);
    days.locator("button.sort").click();
    days.locator("button.sort").click();
    assertThat(days.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(rows.first().getAttribute("data-state")).isEqualTo("missing");
    shot("reviewers.png");
  }

  @Test
  void languageSwitchGoesToEnglishAndBack() {
    go("");
    page.locator("header nav a[hreflang='en']").click();
    page.waitForLoadState();
    assertThat(page.url()).contains("/en/");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    page.locator("header nav a[hreflang='vi']").click();
    page.waitForLoadState();
    assertThat(page.url()).doesNotContain("/en/");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
  }

  @Test
  void rankingIsCompleteWithoutJavaScript() {
    BrowserContext noJs =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    try {
      Page p = noJs.newPage();
      String ranking = biggestRanking();
      p.navigate(web.url(ranking));
      assertThat(p.locator("table.ranking tbody tr").count()).isEqualTo(rowsInFile(ranking));
      assertThat(p.locator("table.ranking tbody tr:visible").count())
          .isEqualTo(rowsInFile(ranking));
      // The filter needs the script; without it noscript.css hides it: nothing pretends to work.
      assertThat(p.locator("label.filter").count()).isEqualTo(1);
      assertThat(p.locator("label.filter:visible").count()).isZero();
      p.screenshot(
          new Page.ScreenshotOptions().setPath(Sites.screenshots().resolve("ranking-nojs.png")));
    } finally {
      noJs.close();
    }
  }

  @Test
  void siteWorksFromFileUrls() {
    String ranking = biggestRanking();
    page.navigate(site.resolve(ranking).toUri().toString());
    assertThat(page.locator("table.ranking tbody tr").count()).isEqualTo(rowsInFile(ranking));
    // site.js loads from file:// too: the filter box is shown and sorting works.
    assertThat(page.locator("label.filter input:visible").count()).isEqualTo(1);
    totalHeader().locator("button.sort").click();
    assertThat(totals()).isSorted();
    page.locator(".breadcrumb a").first().click();
    page.waitForLoadState();
    assertThat(page.url()).startsWith("file:").endsWith("index.html");
    assertThat(page.locator("h1").first().isVisible()).isTrue();
  }

  /**
   * A search for a unit that was merged (the sample Xã Mẫu Gia, into Xã Mẫu Hòa from 2024) leads to
   * the unit it went into, in its framework's latest scorecard, in both languages; on a phone the
   * whole result is in view.
   */
  @Test
  void searchingAMergedUnitLeadsToTheUnitItWentInto() {
    for (String lang : List.of("", "en/")) {
      go(lang + "search.html");
      page.locator("#unit-search").fill("Mẫu Gia");
      page.waitForSelector("#unit-results:not([hidden])");
      Locator unit =
          page.locator("#unit-list > li")
              .filter(new Locator.FilterOptions().setHasText("Xã Mẫu Gia"))
              .first();
      Locator note = unit.locator(".unit-change");
      assertThat(note.textContent())
          .isEqualTo(lang.isEmpty() ? "Nay nhập vào Xã Mẫu Hòa" : "Now part of Xã Mẫu Hòa");
      // On a phone every line of the result is in view without scrolling sideways: the note, the
      // latest total and each scorecard.
      page.setViewportSize(390, 844);
      assertThat(unit.locator("a").count()).isEqualTo(3);
      for (Locator a : unit.locator("a").all()) {
        assertThat(a.boundingBox().x + a.boundingBox().width)
            .as(a.textContent())
            .isLessThanOrEqualTo(390);
      }
      assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(390);
      // A unit scored in two periods of one framework: the framework's title once, then each
      // period's scorecard.
      Locator two =
          page.locator("#unit-list > li")
              .filter(new Locator.FilterOptions().setHasText("Sở Giáo dục và Đào tạo"))
              .first()
              .locator(".unit-cards > li");
      assertThat(two.count()).isEqualTo(1);
      assertThat(two.locator("a").allTextContents()).containsExactly("2023", "2024");
      // A unit scored in two frameworks: no one "latest total" on one framework's scale, unsaid;
      // each scorecard gives its own.
      page.locator("#unit-search").fill("Mẫu Phước");
      Locator both =
          page.locator("#unit-list > li")
              .filter(new Locator.FilterOptions().setHasText("Xã Mẫu Phước"))
              .first();
      both.locator(".unit-cards").waitFor();
      assertThat(both.locator(".unit-latest").count()).isZero();
      assertThat(both.locator(".unit-cards a").allTextContents())
          .containsExactly(
              lang.isEmpty()
                  ? new String[] {"2023: 780,5", "2024: 780,5", "2024: 874,9"}
                  : new String[] {"2023: 780.5", "2024: 780.5", "2024: 874.9"});
      page.locator("#unit-search").fill("Mẫu Gia");
      unit.waitFor();
      page.setViewportSize(1200, 900);
      Locator link = note.locator("a");
      assertThat(link.getAttribute("href"))
          .endsWith(lang + "units/mau-huyen-1-xa-6/gia-lai-2023-xa-2024.html");
      link.click();
      page.waitForLoadState();
      assertThat(page.locator("h1").first().textContent()).contains("Xã Mẫu Hòa");
    }
  }

  /**
   * A search for a province leads to the rankings on its territory, and one for a commune with no
   * scorecard to the forms it can submit with, in both languages.
   */
  @Test
  void searchingAProvinceOrAUnitWithoutScorecardLeadsSomewhere() {
    for (String lang : List.of("", "en/")) {
      go(lang + "search.html");
      page.locator("#unit-search").fill("gia lai");
      Locator province =
          page.locator("#unit-list > li")
              .filter(
                  new Locator.FilterOptions()
                      .setHasText(lang.isEmpty() ? "Nay nhập vào" : "Now part of"))
              .first();
      Locator tables = province.locator("[data-list=tables] a");
      tables.first().waitFor();
      assertThat(tables.count()).isEqualTo(3);
      page.locator("#unit-search").fill("lac dao");
      Locator commune =
          page.locator("#unit-list > li")
              .filter(new Locator.FilterOptions().setHasText("Văn Lâm"))
              .first();
      Locator forms = commune.locator("[data-list=forms] a");
      forms.first().waitFor();
      assertThat(forms.count()).isEqualTo(2);
      assertThat(forms.first().getAttribute("href")).contains(lang + "forms/");
      forms.first().click();
      page.waitForLoadState();
      assertThat(page.locator("#dti-form").count()).isEqualTo(1);
      go(lang + "search.html");
      page.locator("#unit-search").fill("gia lai");
      tables.first().waitFor();
      String href = tables.first().getAttribute("href");
      assertThat(href).contains(lang + "rankings/");
      tables.first().click();
      page.waitForLoadState();
      assertThat(page.locator("table.ranking, table").count()).isPositive();
    }
  }

  @Test
  void unknownAddressGetsTheNotFoundPage() {
    // Top level: 404.html links relatively, so a host serving it for a deeper missing address
    // would break its styles (a known limit of relative links, see the report).
    Response r = page.navigate(web.url("khong-co-trang-nay.html"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(page.locator("h1").first().isVisible()).isTrue();
    assertThat(page.locator("a[href]").count()).isPositive();
  }

  /** The Total column's header (after the unit and, in a province-wide table, its parent). */
  private Locator totalHeader() {
    return page.locator("table.ranking thead th")
        .filter(
            new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^(Tổng điểm|Total)")));
  }

  /** The Total column as shown, top to bottom (each cell's data-value). */
  private List<Double> totals() {
    Object cells =
        page.locator("table.ranking tbody tr td.num[data-value]")
            .evaluateAll("cells => cells.map(c => parseFloat(c.getAttribute('data-value')))");
    return ((List<?>) cells).stream().map(o -> ((Number) o).doubleValue()).toList();
  }

  /**
   * The ranking page with the most rows (a real cohort, so sorting and filtering mean something).
   */
  private static String biggestRanking() {
    String best = null;
    int most = -1;
    for (String p : Sites.htmlPages(site)) {
      if (p.startsWith("rankings/")) {
        int rows = rowsInFile(p);
        if (rows > most) {
          most = rows;
          best = p;
        }
      }
    }
    assertThat(best).as("a ranking page").isNotNull();
    return best;
  }

  private static int rowsInFile(String relative) {
    try {
      return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8")
          .select("table.ranking tbody tr")
          .size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
