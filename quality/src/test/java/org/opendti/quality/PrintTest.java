package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendti.Pipeline;

/**
 * A scorecard prints as a short summary to hand to a meeting (issue #16): the largest sample
 * scorecard (most criteria) printed by Chromium at A4 fills at most two pages, with the total,
 * ranks, pillars, chart and every criterion's points, and a QR code whose modules are the page's
 * own address encoded by the QR library; the full explanation is on screen only.
 */
class PrintTest {

  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");
  private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

  @Test
  void theLargestScorecardPrintsOnAtMostTwoA4PagesWithAQrCodeToItself() throws Exception {
    Path out = Files.createDirectories(Path.of("target", "print").toAbsolutePath());
    Path site = out.resolve("site");
    try (StaticServer server = new StaticServer(site);
        Playwright playwright = Playwright.create()) {
      Pipeline.builder()
          .repositoryRoot(Sites.repositoryRoot())
          .baseUrl(server.base())
          .build()
          .publish(site);
      String largest = largestScorecard(site);
      String url = server.base() + largest;
      Document html = Jsoup.parse(site.resolve(largest).toFile(), "UTF-8");

      // the QR code: the library's modules for the page's own address, as drawn in the page
      Element qr = html.selectFirst(".print-qr svg.qr");
      assertThat(qr).as("QR code on " + largest).isNotNull();
      assertThat(qr.selectFirst("title").text()).endsWith(url);
      assertThat(html.select(".print-qr p").text()).contains(url);
      QrCode expected = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
      boolean[][] drawn = new boolean[expected.size][expected.size];
      Matcher m = MODULE.matcher(qr.selectFirst("path").attr("d"));
      while (m.find()) {
        drawn[Integer.parseInt(m.group(2)) - 4][Integer.parseInt(m.group(1)) - 4] = true;
      }
      for (int y = 0; y < expected.size; y++) {
        for (int x = 0; x < expected.size; x++) {
          assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(expected.getModule(x, y));
        }
      }
      int criteria = html.select("table.criteria tr[id^=c-]").size();

      Browser browser = Browsers.launch(playwright);
      try (BrowserContext context = browser.newContext()) {
        Page page = context.newPage();
        page.navigate(url);
        page.emulateMedia(
            new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        // on paper every criterion's name and points, and nothing of the explanation
        Locator rows = page.locator("table.criteria tr[id^=c-]");
        assertThat(rows.count()).isEqualTo(criteria).isPositive();
        for (int i = 0; i < criteria; i++) {
          assertThat(rows.nth(i).locator("th").isVisible()).as("name, row %d", i).isTrue();
          assertThat(rows.nth(i).locator("td:last-child").isVisible())
              .as("points, row %d", i)
              .isTrue();
          assertThat(rows.nth(i).locator("td:nth-child(2)").isVisible())
              .as("inputs, row %d", i)
              .isFalse();
          assertThat(rows.nth(i).locator("td:nth-child(3)").isVisible())
              .as("formula, row %d", i)
              .isFalse();
        }
        Locator pillars = page.locator("table.criteria tr.pillar > th");
        assertThat(pillars.count()).isPositive();
        for (int i = 0; i < pillars.count(); i++) {
          assertThat(pillars.nth(i).isVisible()).as("pillar heading %d", i).isTrue();
        }
        assertThat(page.locator("table.criteria thead").isVisible()).as("column headers").isFalse();
        assertThat(page.locator("table.criteria tr.detail").first().isVisible())
            .as("evidence and review on paper")
            .isFalse();
        assertThat(page.locator("#improvements").isVisible()).as("what-if on paper").isFalse();
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
        Files.write(out.resolve("largest-scorecard.pdf"), pdf);
        int pages = pages(pdf);
        System.out.printf("Print: %s, %d A4 page(s)%n", largest, pages);
        assertThat(pages).as("A4 pages of " + largest).isBetween(1, 2);
        // on screen the summary is hidden and the full explanation shown
        page.emulateMedia(
            new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        assertThat(rows.first().locator("td:nth-child(2)").isVisible()).isTrue();
        assertThat(page.locator("table.criteria tr.detail").first().isVisible()).isTrue();
      } finally {
        browser.close();
      }
    }
  }

  /**
   * Only the scorecard prints as a summary: every other page prints whole, and an overview's
   * districts, closed on screen, print opened. (The scorecard's rule once hid every page's sections
   * on paper: the home page, an overview and the criteria printed as a title and little else.)
   */
  @Test
  void otherPagesPrintWholeAndAnOverviewsDistrictsOpened() {
    var print =
        new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT);
    var screen =
        new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN);
    try (SiteBrowser web = SiteBrowser.open();
        BrowserContext context = web.browser().newContext()) {
      Page page = context.newPage();
      for (String path :
          List.of(
              "index.html",
              "overview/gia-lai-2023-xa/2024.html",
              "criteria/gia-lai-2023-xa.html")) {
        page.navigate(web.url(path));
        page.emulateMedia(print);
        Locator sections = page.locator("main > section");
        assertThat(sections.count()).as(path).isPositive();
        for (int i = 0; i < sections.count(); i++) {
          assertThat(sections.nth(i).isVisible()).as("%s, section %d on paper", path, i).isTrue();
        }
      }
      page.navigate(web.url("overview/gia-lai-2023-xa/2024.html"));
      Locator district = page.locator("details.area:not([open]) table.overview-stats").first();
      page.emulateMedia(screen);
      assertThat(district.isVisible()).as("a closed district on screen").isFalse();
      page.emulateMedia(print);
      assertThat(district.isVisible()).as("a closed district on paper").isTrue();
    }
  }

  /** The page-count check can fail: a PDF of three pages is three. */
  @Test
  void pagesAreCounted() {
    String pdf =
        "<< /Type /Pages /Count 3 >> << /Type /Page >> << /Type/Page >> << /Type /Page /X 1 >>";
    assertThat(pages(pdf.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(3);
  }

  static int pages(byte[] pdf) {
    Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * The scorecard with the most criteria (a sample district of Gia Lai's 75-criterion framework).
   */
  static String largestScorecard(Path site) {
    return Sites.htmlPages(site).stream()
        .filter(p -> p.startsWith("units/"))
        .max(Comparator.comparingInt((String p) -> criteria(site, p)).thenComparing(p -> p))
        .orElseThrow();
  }

  private static int criteria(Path site, String page) {
    try {
      return Jsoup.parse(site.resolve(page).toFile(), "UTF-8")
          .select("table.criteria tr[id^=c-]")
          .size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
