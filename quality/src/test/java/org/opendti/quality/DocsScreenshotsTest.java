package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Refreshes the screenshots in {@code docs/screenshots/} (committed): for the README, the first
 * screen of every kind of page, in Vietnamese, on a phone (390 × 844) and a laptop (1366 × 768),
 * named {@code <kind>-390.png} and {@code <kind>-1366.png}; for the officials' guide, {@code
 * guide-*.png}. Off by default; run it on purpose:
 *
 * <pre>
 * mvn -B -pl quality -am verify -Dtest=DocsScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopendti.docsScreenshots=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "opendti.docsScreenshots", matches = "true")
class DocsScreenshotsTest {

  /** Width and height of each screen: a common phone, and the most common laptop screen. */
  private static final List<int[]> SCREENS = List.of(new int[] {390, 844}, new int[] {1366, 768});

  @Test
  void writeReadmeScreenshots() throws IOException {
    Path site = Sites.site();
    Path docs = Files.createDirectories(Sites.repositoryRoot().resolve("docs/screenshots"));
    List<PageKind> kinds = PageKind.all(site);
    try (StaticServer server = new StaticServer(site);
        Playwright playwright = Playwright.create()) {
      Browser browser = Browsers.launch(playwright);
      for (int[] screen : SCREENS) {
        try (BrowserContext context =
            browser.newContext(
                new Browser.NewContextOptions().setViewportSize(screen[0], screen[1]))) {
          Page page = context.newPage();
          for (PageKind kind : kinds) {
            page.navigate(server.base() + kind.path("vi"));
            if (kind.name().equals("search")) {
              // What the search is for: a unit found, with its scorecards and what became of it.
              page.locator("#unit-search").fill("mau gia");
              page.waitForSelector("#unit-results:not([hidden])");
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(file(docs, kind, screen[0])));
          }
        }
      }
    }
    for (PageKind kind : kinds) {
      for (int[] screen : SCREENS) {
        assertThat(file(docs, kind, screen[0])).isNotEmptyFile();
      }
    }
  }

  /**
   * The screenshots of the officials' guide ({@code docs/submit-guide.md} and {@code
   * submit-guide.en.md}): the real form on a phone-sized screen, Ngã Năm's 2023 submission.
   */
  @Test
  void writeGuideScreenshots() throws IOException {
    Path docs = Files.createDirectories(Sites.repositoryRoot().resolve("docs/screenshots"));
    try (StaticServer server = new StaticServer(Sites.site());
        Playwright playwright = Playwright.create()) {
      Browser browser = Browsers.launch(playwright);
      for (String lang : java.util.List.of("vi", "en")) {
        BrowserContext context =
            browser.newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setDeviceScaleFactor(1)
                    .setIsMobile(true)
                    .setAcceptDownloads(true));
        Page page = context.newPage();
        String prefix = lang.equals("vi") ? "" : "en/";
        page.navigate(server.base() + prefix + "forms/nga-nam-2024.html");
        page.locator("#f-unit").pressSequentially("nga nam");
        guideShot(page, ".who", docs, "guide-1-unit-" + lang + ".png");
        page.locator("#f-unit-list [data-unit='nga-nam']").click();
        page.locator("#f-start-accepted").click();
        page.waitForCondition(() -> page.locator("#f-start-msg").textContent().contains("2023"));
        guideShot(page, ".form-start", docs, "guide-2-start-" + lang + ".png");
        page.locator("#c-8-p").fill("99,5");
        guideShot(page, "#c-8 legend", "#c-8-self-msg", docs, "guide-3-number-" + lang + ".png");
        page.locator("#c-6-late-monthly").fill("1.234");
        page.locator("#c-6-late-quarterly").focus();
        guideShot(page, "#c-12 legend", "#c-12-self-msg", docs, "guide-4-warning-" + lang + ".png");
        guideShot(
            page, "#f-errors", ".form-summary .problems", docs, "guide-5-errors-" + lang + ".png");
        page.locator("#c-6-late-monthly").fill("0");
        guideShot(page, ".send-steps", docs, "guide-6-send-" + lang + ".png");
        context.close();
      }
    }
    assertThat(docs.resolve("guide-6-send-en.png")).isNotEmptyFile();
  }

  private static void guideShot(Page page, String selector, Path docs, String name) {
    guideShot(page, selector, selector, docs, name);
  }

  /** The page from the top of {@code from} to the bottom of {@code to}, with a margin. */
  private static void guideShot(Page page, String from, String to, Path docs, String name) {
    page.locator(from).first().scrollIntoViewIfNeeded();
    com.microsoft.playwright.options.BoundingBox a = page.locator(from).first().boundingBox();
    com.microsoft.playwright.options.BoundingBox b = page.locator(to).first().boundingBox();
    double scroll = ((Number) page.evaluate("window.scrollY")).doubleValue();
    double top = Math.max(0, Math.min(a.y, b.y) + scroll - 8);
    double bottom = Math.max(a.y + a.height, b.y + b.height) + scroll + 8;
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(docs.resolve(name))
            .setFullPage(true)
            .setClip(0, top, page.viewportSize().width, bottom - top));
  }

  private static Path file(Path docs, PageKind kind, int width) {
    return docs.resolve(kind.name() + "-" + width + ".png");
  }
}
