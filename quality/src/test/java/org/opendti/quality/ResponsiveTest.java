package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of page, in both languages, at 320, 390, 768 and 1366 px in Chromium: no page-level
 * horizontal scroll (WCAG 1.4.10 reflow); a table wider than its column scrolls inside a named,
 * focusable region whose first column stays in view; chart text is at least 12 px as drawn and
 * inside the chart; every target is at least 24 × 24 px or spaced as WCAG 2.5.8 allows (axe-core's
 * {@code target-size} rule). Screenshots in {@code target/screenshots/responsive/}.
 */
class ResponsiveTest {

  static final List<Integer> WIDTHS = List.of(320, 390, 768, 1366);

  private static SiteBrowser web;
  private static String checks;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    checks = resource("layout-checks.js");
    axe = Files.readString(NpmTools.axe(), StandardCharsets.UTF_8);
    web = SiteBrowser.open();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  static Stream<Arguments> pages() {
    return PageKind.all(Sites.site()).stream()
        .flatMap(
            k ->
                Stream.of(
                    Arguments.of(k.name(), k.path("vi")), Arguments.of(k.name(), k.path("en"))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("pages")
  void readsWellFromPhoneToDesktop(String kind, String relative) throws IOException {
    Path shots = Files.createDirectories(Sites.screenshots().resolve("responsive"));
    String name = relative.startsWith("en/") ? kind + "-en" : kind + "-vi";
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = web.browser().newContext()) {
      Page page = context.newPage();
      for (int width : WIDTHS) {
        page.setViewportSize(width, 800);
        page.navigate(web.url(relative));
        for (String p : problems(page)) {
          problems.add(width + " px: " + p);
        }
        page.screenshot(
            new Page.ScreenshotOptions().setPath(shots.resolve(name + "-" + width + ".png")));
      }
    }
    assertThat(problems).as("layout problems on " + relative).isEmpty();
  }

  /** The checks can fail: a page with every fault they look for gets every complaint. */
  @Test
  void reportsEveryKindOfFault() {
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 800))) {
      Page page = context.newPage();
      page.setContent(
          "<!DOCTYPE html><html lang=en><title>t</title>"
              + "<style>.table-scroll { overflow-x: auto }</style><body><main>"
              + "<p><code>"
              + "x".repeat(80)
              + "</code></p>"
              + "<table><tr><td>"
              + "y".repeat(60)
              + "</td></tr></table>"
              + "<div class=table-scroll><table><tbody><tr><td>first</td><td>"
              + "z".repeat(90)
              + "</td></tr></tbody></table></div>"
              + "<svg class=chart viewBox='0 0 640 40' width=100 height=7>"
              + "<text x=600 y=20>too small and cut off</text></svg>"
              + "<p><button>a</button><button>b</button></p>"
              + "</main></body></html>");
      String all = String.join("\n", problems(page));
      assertThat(all)
          .contains("the page scrolls sideways")
          .contains("a table wider than its column is not in a scroll region")
          .contains("a scroll region without role=region")
          .contains("a scroll region without a name")
          .contains("the keyboard cannot reach")
          .contains("the first column scrolls out of view")
          .contains("chart text drawn at")
          .contains("chart text outside the chart")
          .contains("target-size");
    }
  }

  /**
   * On a phone each criterion of a scorecard's criteria table is a card: every cell of its row
   * (name, inputs, formula, points) inside the screen, nothing scrolled out of view; the name the
   * screen's width, not a 100 px column of ten lines; each points cell labelled with its column's
   * header, and no label on an empty cell (site.css writes the labels; this keeps them the header's
   * words in both languages). And the table stays a table for screen readers: Chromium's
   * accessibility tree still has its rows, row headers and cells.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithEveryPointsColumn")
  void scorecardCriteriaAreCardsOnAPhone(String relative) {
    onPhone(
        relative,
        true,
        (page, context) -> {
          List<?> problems =
              (List<?>)
                  page.evaluate(
                      "() => { const t = document.querySelector('table.criteria');"
                          + " const region = t.parentElement.getBoundingClientRect();"
                          + " const heads = [...t.querySelectorAll('thead th')]"
                          + ".map(th => th.textContent.trim()); const out = [];"
                          + " const rows = t.querySelectorAll('tr[id]');"
                          + " if (rows.length === 0) out.push('no criterion rows');"
                          + " for (const row of rows) {"
                          + "  for (const cell of row.cells) {"
                          + "   const before = getComputedStyle(cell, '::before').content;"
                          + "   if (cell.textContent.trim() === '' && before !== 'none'"
                          + "    && before !== 'normal') out.push(row.id + ' cell ' + cell.cellIndex"
                          + "    + ' is empty but labelled ' + before);"
                          + "   const r = cell.getBoundingClientRect(); if (r.width === 0) continue;"
                          + "   if (r.left < region.left - 0.5 || r.right > region.right + 0.5)"
                          + "    out.push(row.id + ' cell ' + cell.cellIndex + ' outside the screen');"
                          + "   if (cell.cellIndex >= 3) {"
                          + "    const m = /^\"([^\"]*): \"/.exec(before);"
                          + "    if (!m || m[1] !== heads[cell.cellIndex]) out.push(row.id + ' cell '"
                          + "     + cell.cellIndex + ' labelled ' + before + ', header '"
                          + "     + heads[cell.cellIndex]);"
                          + "   } }"
                          + "  const name = row.cells[0].getBoundingClientRect().width;"
                          + "  if (name < region.width * 0.9)"
                          + "   out.push(row.id + ' name ' + name + ' px of ' + region.width); }"
                          + " return out; }");
          assertThat(problems).as(relative).isEmpty();
          CDPSession cdp = assertTableRoles(page, context, "table.criteria", relative);
          assertThat(axRoles(page, cdp, "table.criteria tr[id] > th"))
              .as(relative)
              .containsOnly("rowheader");
          return null;
        });
  }

  /**
   * Asserts that every row and cell of the first {@code table} keeps its role in Chromium's
   * accessibility tree, the table laid out first (later sections render when near the screen).
   */
  private static CDPSession assertTableRoles(
      Page page, BrowserContext context, String table, String relative) {
    page.locator(table).first().scrollIntoViewIfNeeded();
    CDPSession cdp = context.newCDPSession(page);
    assertThat(axRoles(page, cdp, table + " tr")).as(relative).containsOnly("row");
    assertThat(axRoles(page, cdp, table + " td")).as(relative).containsOnly("cell");
    return cdp;
  }

  /**
   * {@link #axRoles(CDPSession, String)} once the section is drawn: content-visibility leaves a
   * later section out of the tree ("notRendered", role none) for a frame or two after it scrolls
   * into view, so this asks again, a few frames apart, while any node is not yet rendered.
   */
  private static List<String> axRoles(Page page, CDPSession cdp, String selector) {
    List<String> roles = axRoles(cdp, selector);
    for (int i = 0; i < 20 && roles.contains("none"); i++) {
      page.evaluate(
          "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      roles = axRoles(cdp, selector);
    }
    return roles;
  }

  /** The accessibility role of each element {@code selector} finds, as Chromium computes it. */
  private static List<String> axRoles(CDPSession cdp, String selector) {
    JsonObject query = new JsonObject();
    query.addProperty(
        "nodeId", cdp.send("DOM.getDocument").getAsJsonObject("root").get("nodeId").getAsInt());
    query.addProperty("selector", selector);
    List<String> roles = new ArrayList<>();
    for (var id : cdp.send("DOM.querySelectorAll", query).getAsJsonArray("nodeIds")) {
      JsonObject node = new JsonObject();
      node.addProperty("nodeId", id.getAsInt());
      node.addProperty("fetchRelatives", false);
      JsonObject ax =
          cdp.send("Accessibility.getPartialAXTree", node)
              .getAsJsonArray("nodes")
              .get(0)
              .getAsJsonObject();
      roles.add(ax.getAsJsonObject("role").get("value").getAsString());
    }
    assertThat(roles).as(selector).isNotEmpty();
    return roles;
  }

  /**
   * Without JavaScript a what-if table keeps its columns and scrolls: its criterion column takes
   * two fifths of a phone's width, not ten lines a row.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void whatIfCriterionColumnIsWideEnoughOnAPhone(String relative) {
    List<?> found =
        (List<?>)
            onPhone(
                relative,
                false,
                "() => { const t = document.querySelector('table.improvements');"
                    + " return [t.classList.contains('labelled'),"
                    + " t.querySelector('tbody td').getBoundingClientRect().width]; }");
    assertThat(found.get(0)).as(relative + ": cards without the script").isEqualTo(false);
    assertThat(((Number) found.get(1)).doubleValue())
        .as(relative)
        .isGreaterThanOrEqualTo(390 * 0.4 - 1);
  }

  /**
   * Without JavaScript the what-if table's header row on a phone is at most three lines tall: its
   * rank columns are named after their ranking, and "Thứ hạng (Các xã trong từng huyện)" in a 7rem
   * column took four, which the whole row took too.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void whatIfHeaderRowIsShortOnAPhone(String relative) {
    Number lines =
        (Number)
            onPhone(
                relative,
                false,
                "() => { const th = document.querySelector('table.improvements thead th');"
                    + " const s = getComputedStyle(th);"
                    + " const inner = th.getBoundingClientRect().height"
                    + " - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);"
                    + " return Math.round(inner / parseFloat(s.lineHeight)); }");
    assertThat(lines.intValue()).as(relative + ": lines of the header row").isLessThanOrEqualTo(3);
  }

  /**
   * A ranking on a phone: the header of its rank change ("Thay đổi hạng so với kỳ 2023") in two
   * lines of text. It had no width of its own over its short "= 0" cells and took three.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "rankings/gia-lai-2023-xa/2024/by-district-mau-huyen-1.html",
        "en/rankings/gia-lai-2023-xa/2024/by-district-mau-huyen-1.html"
      })
  void rankChangeHeaderIsTwoLinesOnAPhone(String relative) {
    Number lines =
        (Number)
            onPhone(
                relative,
                true,
                "() => { const r = document.createRange();"
                    + " r.selectNodeContents(document.querySelector('table.ranking th.rank-change'));"
                    + " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }");
    assertThat(lines.intValue())
        .as(relative + ": lines of the rank change's header")
        .isBetween(1, 2);
  }

  /**
   * The reviewers' table of a framework and period on a phone: its header row at most three lines
   * tall. The number columns' headers ("Tác động đến thứ hạng") had no width of their own and took
   * five lines, so the row took 118 px of an 800 px screen before the first unit.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"reviewers/lac-dao-2024-2024.html", "en/reviewers/lac-dao-2024-2024.html"})
  void workbenchHeaderRowIsShortOnAPhone(String relative) {
    Number lines =
        (Number)
            onPhone(
                relative,
                true,
                "() => Math.max(...[...document.querySelectorAll('table.dashboard thead th')]"
                    + ".map(th => { const s = getComputedStyle(th);"
                    + " const inner = th.getBoundingClientRect().height"
                    + " - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);"
                    + " return Math.round(inner / parseFloat(s.lineHeight)); }))");
    assertThat(lines.intValue()).as(relative + ": lines of the header row").isBetween(1, 3);
  }

  /**
   * With JavaScript (site.js) each what-if table on a phone is a list of cards: every cell inside
   * the screen, nothing scrolled out of view, and every value after the criterion labelled with its
   * column's header, rank columns included (their headers name the framework's ranking groups); the
   * cells keep their role in the accessibility tree.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void whatIfTablesAreLabelledCardsOnAPhone(String relative) {
    List<?> problems =
        (List<?>)
            onPhone(
                relative,
                true,
                "() => { const out = []; const tables = document.querySelectorAll("
                    + "'table.improvements'); if (tables.length === 0) out.push('no what-if table');"
                    + " for (const t of tables) {"
                    + "  if (!t.classList.contains('labelled')) out.push('not labelled');"
                    + "  const region = t.parentElement.getBoundingClientRect();"
                    + "  const heads = [...t.tHead.rows[0].cells].map(c => c.textContent.trim());"
                    + "  for (const row of t.tBodies[0].rows) { for (const cell of row.cells) {"
                    + "   const r = cell.getBoundingClientRect();"
                    + "   if (r.left < region.left - 0.5 || r.right > region.right + 0.5)"
                    + "    out.push(row.rowIndex + '/' + cell.cellIndex + ' outside the screen');"
                    + "   const label = cell.getAttribute('data-label');"
                    + "   const before = getComputedStyle(cell, '::before').content;"
                    + "   if (cell.cellIndex > 0 && (label !== heads[cell.cellIndex]"
                    + "    || before === 'none' || before === 'normal'))"
                    + "    out.push(row.rowIndex + '/' + cell.cellIndex + ' labelled ' + label"
                    + "     + ' (' + before + '), header ' + heads[cell.cellIndex]);"
                    + "  } } }"
                    + " return out; }");
    assertThat(problems).as(relative).isEmpty();
    onPhone(
        relative,
        true,
        (page, context) -> assertTableRoles(page, context, "table.improvements", relative));
  }

  /** What {@code script} returns on {@code relative} in a browser 390 px wide, as a phone. */
  private static Object onPhone(String relative, boolean javaScript, String script) {
    return onPhone(relative, javaScript, (page, context) -> page.evaluate(script));
  }

  /** What {@code use} returns on {@code relative} opened in a browser 390 px wide, as a phone. */
  private static <T> T onPhone(
      String relative, boolean javaScript, BiFunction<Page, BrowserContext, T> use) {
    try (BrowserContext context =
        web.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 800)
                    .setJavaScriptEnabled(javaScript))) {
      Page page = context.newPage();
      page.navigate(web.url(relative));
      return use.apply(page, context);
    }
  }

  /** A scorecard with a not-applicable criterion, and one with each kind of points column. */
  static Stream<String> scorecardsWithEveryPointsColumn() throws IOException {
    Path site = Sites.site();
    List<String> found = new ArrayList<>();
    scorecardsWithANotApplicableCriterion().limit(1).forEach(found::add);
    for (String kind : List.of("with-self", "with-review")) {
      try (Stream<Path> files = Files.walk(site.resolve("units"))) {
        files
            .filter(f -> f.toString().endsWith(".html"))
            .sorted()
            .filter(f -> contains(f, "<table class=\"criteria") && contains(f, kind))
            .findFirst()
            .map(f -> site.relativize(f).toString().replace('\\', '/'))
            .ifPresentOrElse(found::add, () -> found.add("no scorecard " + kind));
      }
    }
    return found.stream().distinct().flatMap(vi -> Stream.of(vi, "en/" + vi));
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> scorecardsWithANotApplicableCriterion() throws IOException {
    Path site = Sites.site();
    try (Stream<Path> files = Files.walk(site.resolve("units"))) {
      String vi =
          files
              .filter(f -> f.toString().endsWith(".html"))
              .sorted()
              .filter(ResponsiveTest::hasNotApplicableRow)
              .findFirst()
              .map(f -> site.relativize(f).toString().replace('\\', '/'))
              .orElseThrow(
                  () -> new AssertionError("no scorecard with a not-applicable criterion"));
      return Stream.of(vi, "en/" + vi);
    }
  }

  private static boolean hasNotApplicableRow(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8)
          .contains("class=\"status-notApplicable\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Layout problems and axe-core's target-size violations on the page as it is shown now. */
  private static List<String> problems(Page page) {
    SiteBrowser.startForm(page);
    List<String> out = new ArrayList<>();
    for (Object p : (List<?>) page.evaluate(checks)) {
      out.add(String.valueOf(p));
    }
    page.evaluate(axe);
    for (Object v :
        (List<?>)
            page.evaluate(
                "async () => { const r = await axe.run(document, {runOnly: {type: 'rule', values:"
                    + " ['target-size']}, resultTypes: ['violations']}); return"
                    + " r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')"
                    + " + ' — ' + n.failureSummary.replace(/\\n/g, ' '))); }")) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = ResponsiveTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
