package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
   * On a phone the scorecard's criteria table keeps its first column (the criterion) and its last
   * (the points) in view while the columns between scroll. The points column stays narrow, so the
   * reported inputs and the formula between keep room: "không phát sinh" written in one line had
   * made it 143 px of a 358 px region.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void scorecardKeepsItsPointsColumnNarrowOnAPhone(String relative) {
    List<?> widths =
        (List<?>)
            onPhone(
                relative,
                "() => { const t = document.querySelector('table.criteria');"
                    + " const row = t.querySelector('tr.status-notApplicable');"
                    + " return [t.parentElement.clientWidth,"
                    + " row.lastElementChild.getBoundingClientRect().width,"
                    + " getComputedStyle(row.lastElementChild).position]; }");
    double region = ((Number) widths.get(0)).doubleValue();
    double points = ((Number) widths.get(1)).doubleValue();
    assertThat(widths.get(2)).as(relative).isEqualTo("sticky");
    assertThat(points)
        .as(relative + ": points column of a " + region + " px region")
        .isLessThanOrEqualTo(region * 0.3);
  }

  /** The what-if table's criterion column takes 40 % of a phone's width, not ten lines a row. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void whatIfCriterionColumnIsWideEnoughOnAPhone(String relative) {
    Number width =
        (Number)
            onPhone(
                relative,
                "() => document.querySelector('table.improvements tbody td')"
                    + ".getBoundingClientRect().width");
    assertThat(width.doubleValue()).as(relative).isGreaterThanOrEqualTo(390 * 0.4 - 1);
  }

  /**
   * The what-if table's header row on a phone is at most three lines tall: its rank columns are
   * named after their ranking, and "Thứ hạng (Các xã trong từng huyện)" in a 7rem column took four,
   * which the whole row took too.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithANotApplicableCriterion")
  void whatIfHeaderRowIsShortOnAPhone(String relative) {
    Number lines =
        (Number)
            onPhone(
                relative,
                "() => { const th = document.querySelector('table.improvements thead th');"
                    + " const s = getComputedStyle(th);"
                    + " const inner = th.getBoundingClientRect().height"
                    + " - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);"
                    + " return Math.round(inner / parseFloat(s.lineHeight)); }");
    assertThat(lines.intValue()).as(relative + ": lines of the header row").isLessThanOrEqualTo(3);
  }

  /** What {@code script} returns on {@code relative} in a browser 390 px wide, as a phone. */
  private static Object onPhone(String relative, String script) {
    try (BrowserContext context =
        web.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 800))) {
      Page page = context.newPage();
      page.navigate(web.url(relative));
      return page.evaluate(script);
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
