package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2 A and AA rules and the best practices of axe-core in the real browser on every page type
 * in both languages (a best practice such as landmark-unique, two regions of one name, is what a
 * screen reader's user meets); charts have text alternatives; the ranking filter works with the
 * keyboard alone.
 *
 * <p>axe-core is injected through the DevTools protocol ({@code page.evaluate}), which the page's
 * own Content-Security-Policy ({@code script-src 'self'}) does not govern; the site's CSP stays on.
 */
class AccessibilityTest {

  private static SiteBrowser web;
  private static Browser browser;
  private static Path site;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    axe = Files.readString(NpmTools.axe(), StandardCharsets.UTF_8);
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

  static List<String> pageTypes() {
    Path s = Sites.site();
    List<String> pages = new ArrayList<>();
    for (String lang : List.of("", "en/")) {
      pages.add(lang + "index.html");
      pages.add(lang + "404.html");
      pages.add(Sites.firstPage(s, lang + "rankings/", ".html"));
      pages.add(Sites.firstPage(s, lang + "units/", ".html"));
      pages.add(Sites.firstPage(s, lang + "criteria/", "-methodology.html"));
      String criteria =
          Sites.htmlPages(s).stream()
              .filter(p -> p.startsWith(lang + "criteria/") && !p.endsWith("-methodology.html"))
              .findFirst()
              .orElseThrow();
      pages.add(criteria);
      pages.add(lang + "search.html");
      pages.add(lang + "open-data.html");
      // Issue #16: the province-wide ranking (parent column, sort buttons), an overview broken
      // down by district.
      pages.add(lang + PageKind.biggestRanking(s));
      pages.add(Sites.firstPage(s, lang + "overview/gia-lai-2023-xa/", ".html"));
      pages.add(lang + "compare.html");
      // Issue #15: the reviewers' workbench and its largest framework-and-period page.
      pages.add(lang + "reviewers.html");
      pages.add(lang + PageKind.biggestWorkbenchPage(s));
    }
    // Submission forms: one with a yes/no-heavy framework in each language is enough, the
    // template is shared (nga-nam-2024: numbers, dates, a select; lac-dao-2024: radios).
    pages.add("forms/nga-nam-2024.html");
    pages.add("forms/lac-dao-2024.html");
    pages.add("en/forms/nga-nam-2024.html");
    pages.add("en/forms/lac-dao-2024.html");
    return pages;
  }

  @ParameterizedTest
  @MethodSource("pageTypes")
  void pageHasNoWcag2AOrAaOrBestPracticeViolations(String relative) {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(web.url(relative));
      List<?> violations = axeViolations(page, axe);
      violations.forEach(v -> System.out.println(relative + ": " + v));
      assertThat(violations)
          .as("axe WCAG 2 A/AA and best-practice violations on " + relative)
          .isEmpty();
    }
  }

  /**
   * The WCAG 2 A and AA and best-practice violations axe finds on the page as it is now, one text
   * each. A scorecard's later sections (site.css: content-visibility, laid out when the reader
   * nears them) are laid out first, as a reader who scrolls to them sees them, so that axe judges
   * their colours and sizes.
   */
  static List<?> axeViolations(Page page, String axe) {
    SiteBrowser.startForm(page);
    page.evaluate(
        "() => document.querySelectorAll('section.later')"
            + ".forEach(s => { s.style.contentVisibility = 'visible'; })");
    page.evaluate(axe);
    return (List<?>)
        page.evaluate(
            "async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'best-practice']}, resultTypes: ['violations']});"
                + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n    '"
                + " + v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\n/g,"
                + " ' ')).join('\\n    ')); }");
  }

  /** axe can fail: an image without alt text in the same browser is reported. */
  @Test
  void axeReportsAMissingAltText() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.setContent("<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main>");
      page.evaluate(axe);
      Object ids =
          page.evaluate(
              "async () => (await axe.run(document, {runOnly: ['wcag2a','wcag2aa']}))"
                  + ".violations.map(v => v.id)");
      assertThat(((List<?>) ids).stream().map(String::valueOf).toList()).contains("image-alt");
    }
  }

  /**
   * Every svg on every page is an image with a non-empty name, or hidden from AT; every bar a table
   * draws (a meter) is hidden from AT, its number said as text in the same cell.
   */
  @Test
  void everyChartHasATextAlternative() throws IOException {
    int charts = 0;
    List<String> problems = new ArrayList<>();
    for (String relative : Sites.htmlPages(site)) {
      Document doc = Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
      for (Element bar : doc.select("meter")) {
        charts++;
        Element cell = bar.parent();
        if (!"true".equals(bar.attr("aria-hidden"))
            || cell == null
            || !cell.is("td")
            || cell.ownText().isBlank()
            || cell.closest("table") == null) {
          problems.add(relative + ": bar without its number: " + bar.outerHtml());
        }
      }
      for (Element svg : doc.select("svg")) {
        charts++;
        if ("true".equals(svg.attr("aria-hidden"))) {
          continue;
        }
        String name = svg.attr("aria-label");
        for (String id : svg.attr("aria-labelledby").split("\\s+")) {
          if (!id.isEmpty() && doc.getElementById(id) != null) {
            name += doc.getElementById(id).text();
          }
        }
        if (!"img".equals(svg.attr("role")) || name.isBlank()) {
          problems.add(relative + ": " + svg.outerHtml().lines().findFirst().orElse(""));
        }
        // The same numbers are in a table for those who cannot see the bars.
        Element next = svg.parent().selectFirst("table");
        if (next == null || next.select("tbody tr").isEmpty()) {
          problems.add(relative + ": chart without a data table");
        }
      }
    }
    assertThat(charts).as("charts on the site").isPositive();
    assertThat(problems).isEmpty();
  }

  /**
   * A filled-in form with its messages showing (as after Download with errors) has no violations
   * either: invalid fields, evidence rows and their error texts are part of the page then.
   */
  @Test
  void formWithMessagesAndEvidenceRowsHasNoViolations() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(web.url("forms/nga-nam-2024.html"));
      SiteBrowser.startForm(page);
      page.locator("fieldset[data-criterion='4'] .ev-add").click();
      page.locator("fieldset[data-criterion='4'] [data-input='p']").fill("120");
      page.locator("fieldset[data-criterion='6'] [data-input='late-monthly']").fill("7.5");
      page.locator("#f-unit").fill("Không hợp lệ");
      page.locator("#f-unit").blur();
      assertThat(page.locator("[aria-invalid='true']").count()).isGreaterThanOrEqualTo(3);
      assertThat(axeViolations(page, axe)).as("axe on the form with messages").isEmpty();
    }
  }

  /**
   * The correction form with the unit's objections laid out (one from the review on main, being
   * decided, one new with its messages showing) has no violations: their fields are built from a
   * template, each with its label and messages tied to it.
   */
  @Test
  void correctionFormWithObjectionsHasNoViolations() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(web.url("corrections/gia-lai-2023-so.html?unit=mau-so-6&period=2024"));
      page.waitForCondition(() -> page.locator("#c-objection-list fieldset").count() > 0);
      // Upheld about a criterion not corrected: the offer to correct it shows too.
      page.locator("#c-objection-list [data-o=criterion]").first().selectOption("2.1");
      page.locator("#c-objection-list [data-o=decision]").first().selectOption("upheld");
      assertThat(page.locator("#c-objection-list [data-correct-now]").first().isVisible()).isTrue();
      page.locator("#c-objection-add").click();
      assertThat(page.locator("#c-objection-list [aria-invalid='true']").count())
          .isGreaterThanOrEqualTo(3);
      assertThat(axeViolations(page, axe)).as("axe on the correction form's objections").isEmpty();
    }
  }

  @Test
  void searchFindsUnitsAndCriteriaWithTheKeyboardAloneIgnoringDiacritics() throws IOException {
    // The expected units, from the split index's shards (every unit is in at least one).
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Map<String, String> units = new java.util.TreeMap<>();
    try (var files = java.nio.file.Files.list(site.resolve("search"))) {
      for (var f : files.filter(f -> !f.endsWith("index.json")).toList()) {
        for (var e : json.readTree(f.toFile())) {
          if (e.has("u")
              && java.util.Arrays.stream(e.get("k").asText().split("[^\\p{L}\\p{N}.]+"))
                  .anyMatch(w -> w.startsWith("dong"))) {
            units.put(e.get("u").asText(), e.get("n").get(0).asText());
          }
        }
      }
    }
    List<String> expected = List.copyOf(units.values());
    assertThat(expected).as("units named Đông in the repository").isNotEmpty();
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(web.url("search.html"));
      boolean reached = false;
      for (int i = 0; i < 50 && !reached; i++) {
        page.keyboard().press("Tab");
        reached = (Boolean) page.evaluate("() => document.activeElement.id === 'unit-search'");
      }
      assertThat(reached).as("Tab reaches the search box").isTrue();
      page.keyboard().type("dong");
      page.waitForSelector("#unit-results:not([hidden])");
      // Each unit's name, without its "sample" badge.
      Object names =
          page.locator("#unit-list .unit-name")
              .evaluateAll(
                  "names => names.map(h => { const x = h.cloneNode(true);"
                      + " x.querySelectorAll('.tag').forEach(n => n.remove());"
                      + " return x.textContent; })");
      List<String> shown =
          ((List<?>) names)
              .stream().map(String::valueOf).map(t -> t.replaceAll("\\s+", " ").trim()).toList();
      assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(shown).anyMatch(n -> n.contains("Đông") || n.contains("Dông"));
      // A real unit says where it went: Huyện Nam Đông, merged into Huyện Phú Lộc on 1 January
      // 2025 (units/thua-thien-hue.json, Nghị quyết 1314/NQ-UBTVQH15).
      assertThat(page.locator("#unit-list .unit-change").allTextContents())
          .contains("Nay nhập vào Huyện Phú Lộc");
      assertThat(page.locator("#unit-search-count").textContent())
          .contains(String.valueOf(expected.size()));
      assertThat(axeViolations(page, axe)).as("axe on search results").isEmpty();
      page.locator("#unit-search").fill("vneid");
      page.waitForSelector("#criterion-results:not([hidden])");
      assertThat(page.locator("#criterion-list a").first().getAttribute("href"))
          .matches("criteria/[a-z0-9-]+\\.html#c-.+");
    }
  }

  @Test
  void rankingFilterWorksWithTheKeyboardAlone() {
    String ranking =
        Sites.htmlPages(site).stream()
            .filter(p -> p.startsWith("rankings/"))
            .max(
                java.util.Comparator.comparingInt(
                    p -> {
                      try {
                        return Jsoup.parse(site.resolve(p).toFile(), "UTF-8")
                            .select("table.ranking tbody tr")
                            .size();
                      } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    }))
            .orElseThrow();
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(web.url(ranking));
      int all = page.locator("table.ranking tbody tr").count();
      String first = page.locator("table.ranking tbody tr th").first().textContent().trim();
      // The whole name, diacritics and all: matches that unit (and names that extend it).
      String query = first;
      boolean reached = false;
      for (int i = 0; i < 200 && !reached; i++) {
        page.keyboard().press("Tab");
        reached =
            (Boolean) page.evaluate("() => document.activeElement.matches('label.filter input')");
      }
      assertThat(reached).as("Tab reaches the filter box").isTrue();
      page.keyboard().type(query);
      int shown = page.locator("table.ranking tbody tr:not([hidden])").count();
      assertThat(shown).as("rows shown after typing %s", query).isBetween(1, all - 1);
      // The sortable headers are reachable and work with Enter too.
      boolean header = false;
      for (int i = 0; i < 20 && !header; i++) {
        page.keyboard().press("Tab");
        header =
            (Boolean)
                page.evaluate(
                    "() => document.activeElement.matches('th[data-sort] > button.sort')");
      }
      assertThat(header).as("Tab reaches a sortable header's button").isTrue();
      page.keyboard().press("Enter");
      assertThat(
              page.evaluate("() => document.activeElement.closest('th').getAttribute('aria-sort')"))
          .isIn("ascending", "descending");
    }
  }
}
