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
 * Refreshes the README's screenshots ({@code docs/screenshots/}, committed): the first screen of
 * every kind of page, in Vietnamese, on a phone (390 × 844) and a laptop (1366 × 768), named {@code
 * <kind>-390.png} and {@code <kind>-1366.png}. Off by default; run it on purpose:
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

  private static Path file(Path docs, PageKind kind, int width) {
    return docs.resolve(kind.name() + "-" + width + ".png");
  }
}
